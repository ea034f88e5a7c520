using System.Collections.Concurrent;
using Microsoft.ML.OnnxRuntime;

namespace AliaBatch.Inference.Sessions;

/// <summary>
/// A long-lived ONNX Runtime session for one model file, with the execution provider it actually runs on.
/// Thread-safe for concurrent <see cref="Run"/> calls, as <see cref="InferenceSession"/> is.
/// </summary>
public sealed partial class OnnxModelSession : IDisposable
{
    private readonly InferenceSession _session;
    private readonly Func<SessionOptions>? _companionOptions;
    private readonly ConcurrentDictionary<string, Lazy<OnnxModelSession>> _companions = new(StringComparer.Ordinal);
    private readonly OrtMemoryInfo? _deviceMemory;
    private readonly Lazy<OrtAllocator> _deviceAllocator;

    internal OnnxModelSession(InferenceSession session, string modelPath, ExecutionProviderKind executionProvider, int deviceId = 0, Func<SessionOptions>? companionOptions = null)
    {
        _session = session;
        ModelPath = modelPath;
        ExecutionProvider = executionProvider;
        DeviceId = deviceId;
        InputNames = [.. session.InputNames];
        OutputNames = [.. session.OutputNames];
        _companionOptions = companionOptions;
        _deviceMemory = executionProvider == ExecutionProviderKind.Cuda
            ? new OrtMemoryInfo(OrtMemoryInfo.allocatorCUDA, OrtAllocatorType.DeviceAllocator, deviceId, OrtMemType.Default)
            : null;
        _deviceAllocator = new(() => new OrtAllocator(_session, DeviceMemory));
    }

    /// <summary>The full path of the model file.</summary>
    public string ModelPath { get; }

    /// <summary>The execution provider chosen for this session (for provenance): CUDA or CPU, never Auto.</summary>
    public ExecutionProviderKind ExecutionProvider { get; }

    /// <summary>The CUDA device ordinal the session runs on (0 on the CPU).</summary>
    public int DeviceId { get; }

    /// <summary>The model's input names, in graph order.</summary>
    public IReadOnlyList<string> InputNames { get; }

    /// <summary>The model's output names, in graph order.</summary>
    public IReadOnlyList<string> OutputNames { get; }

    /// <summary>Input metadata (element types and shapes, -1 for dynamic dimensions) by name.</summary>
    public IReadOnlyDictionary<string, NodeMetadata> InputMetadata => _session.InputMetadata;

    /// <summary>Output metadata by name.</summary>
    public IReadOnlyDictionary<string, NodeMetadata> OutputMetadata => _session.OutputMetadata;

    /// <summary>Whether the model has an input with this name.</summary>
    public bool HasInput(string name) => _session.InputMetadata.ContainsKey(name);

    /// <summary>Runs the model; the caller disposes the returned values.</summary>
    /// <param name="inputNames">Names of the inputs, matching <paramref name="inputs"/>.</param>
    /// <param name="inputs">Input values, owned by the caller.</param>
    /// <param name="outputNames">The outputs to compute.</param>
    /// <param name="cancellationToken">Terminates the run (through <see cref="RunOptions.Terminate"/>) when cancelled.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled before or during the run.</exception>
    public IDisposableReadOnlyCollection<OrtValue> Run(
        IReadOnlyCollection<string> inputNames,
        IReadOnlyCollection<OrtValue> inputs,
        IReadOnlyCollection<string> outputNames,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputNames);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(outputNames);
        using var runOptions = new RunOptions();
        using var registration = cancellationToken.Register(static state => ((RunOptions)state!).Terminate = true, runOptions);
        try
        {
            return _session.Run(runOptions, inputNames, inputs, outputNames);
        }
        catch (OnnxRuntimeException ex) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The ONNX Runtime run was cancelled.", ex, cancellationToken);
        }
    }

    /// <summary>Releases the native session, its companion sessions and its device allocator.</summary>
    public void Dispose()
    {
        foreach (var companion in _companions.Values.Where(c => c.IsValueCreated))
        {
            companion.Value.Dispose();
        }

        _companions.Clear();
        if (_deviceAllocator.IsValueCreated)
        {
            _deviceAllocator.Value.Dispose();
        }

        _deviceMemory?.Dispose();
        _session.Dispose();
    }
}
