using Microsoft.ML.OnnxRuntime;

namespace AliaBatch.Inference.Sessions;

public sealed partial class OnnxModelSession
{
    /// <summary>
    /// Where the session's execution provider keeps tensors: CUDA device memory of <see cref="DeviceId"/> on CUDA,
    /// host memory on the CPU. Outputs bound here stay where the next run reads them.
    /// </summary>
    internal OrtMemoryInfo DeviceMemory => _deviceMemory ?? OrtMemoryInfo.DefaultInstance;

    /// <summary>The session's allocator for <see cref="DeviceMemory"/> (its arena on CUDA), created on first use.</summary>
    internal OrtAllocator DeviceAllocator => _deviceAllocator.Value;

    /// <summary>A new binding of inputs and outputs to this session; the caller disposes it.</summary>
    internal OrtIoBinding CreateIoBinding() => _session.CreateIoBinding();

    /// <summary>Runs the model on bound inputs and outputs, then waits until the bound outputs are written.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled before or during the run.</exception>
    internal void RunWithBinding(OrtIoBinding binding, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(binding);
        cancellationToken.ThrowIfCancellationRequested();
        using var runOptions = new RunOptions();
        using var registration = cancellationToken.Register(static state => ((RunOptions)state!).Terminate = true, runOptions);
        try
        {
            binding.SynchronizeBoundInputs();
            _session.RunWithBinding(runOptions, binding);
            binding.SynchronizeBoundOutputs();
        }
        catch (OnnxRuntimeException ex) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The ONNX Runtime run was cancelled.", ex, cancellationToken);
        }
    }

    /// <summary>
    /// A small auxiliary model (built in memory) on the same execution provider and device as this session, created
    /// once per <paramref name="key"/> and disposed with this session. Lets tensors this session left in device
    /// memory be transformed there (e.g. rows gathered) without a round trip through the host.
    /// </summary>
    /// <param name="key">Identifies the model among this session's companions.</param>
    /// <param name="model">Builds the serialized ONNX model on first use.</param>
    internal OnnxModelSession Companion(string key, Func<byte[]> model)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(model);
        return _companions.GetOrAdd(key, k => new Lazy<OnnxModelSession>(() => CreateCompanion(k, model()))).Value;
    }

    private OnnxModelSession CreateCompanion(string key, byte[] model)
    {
        using var options = _companionOptions?.Invoke() ?? new SessionOptions();
        return new OnnxModelSession(new InferenceSession(model, options), $"{ModelPath}#{key}", ExecutionProvider, DeviceId);
    }
}
