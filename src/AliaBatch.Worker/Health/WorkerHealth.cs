namespace AliaBatch.Worker.Health;

/// <summary>
/// What the probes report: ready once every configured model is pulled, verified, loaded and warmed; live until the
/// worker fails (a model that cannot be prepared, a receive loop that died).
/// </summary>
public sealed class WorkerHealth
{
    private volatile string? _failure;
    private volatile bool _modelsReady;
    private int _runningLoops;

    /// <summary>True once the models are loaded and warmed up.</summary>
    public bool ModelsReady => _modelsReady;

    /// <summary>Receive loops running now.</summary>
    public int RunningLoops => Volatile.Read(ref _runningLoops);

    /// <summary>Why the worker stopped working, once it has.</summary>
    public string? Failure => _failure;

    /// <summary>Marks the models loaded and warmed.</summary>
    public void MarkModelsReady() => _modelsReady = true;

    /// <summary>Records that a receive loop started.</summary>
    public void LoopStarted() => Interlocked.Increment(ref _runningLoops);

    /// <summary>Records that a receive loop ended.</summary>
    public void LoopStopped() => Interlocked.Decrement(ref _runningLoops);

    /// <summary>Marks the worker failed; the liveness probe then fails.</summary>
    public void MarkFailed(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        _failure = reason;
    }
}
