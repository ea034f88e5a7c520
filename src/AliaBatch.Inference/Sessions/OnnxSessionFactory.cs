using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AliaBatch.Inference.Sessions;

/// <summary>
/// Creates and keeps one long-lived <see cref="OnnxModelSession"/> per model file, on CUDA when asked and
/// available, otherwise on the CPU.
/// </summary>
public sealed partial class OnnxSessionFactory : IDisposable
{
    private readonly InferenceOptions _options;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<(string Path, int IntraOpThreads), Lazy<OnnxModelSession>> _sessions = new();
    private bool _disposed;

    /// <summary>Creates a factory.</summary>
    /// <param name="options">Execution provider and threading settings.</param>
    /// <param name="logger">Receives fallback warnings and load events; null logs nothing.</param>
    public OnnxSessionFactory(InferenceOptions options, ILogger<OnnxSessionFactory>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger ?? NullLogger<OnnxSessionFactory>.Instance;
    }

    /// <summary>Returns the session for a model file, creating it on first use.</summary>
    /// <param name="modelPath">Path of the <c>.onnx</c> file.</param>
    /// <param name="intraOpThreads">
    /// Threads inside one operator for this session; null: <see cref="InferenceOptions.IntraOpThreads"/>. Each count
    /// gets a session of its own.
    /// </param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">ONNX Runtime refused the file; the message names it.</exception>
    /// <exception cref="InvalidOperationException">A GPU is required but CUDA could not be used.</exception>
    public OnnxModelSession GetSession(string modelPath, int? intraOpThreads = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelPath);
        if (intraOpThreads is { } requested)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(requested, nameof(intraOpThreads));
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        var key = (Path.GetFullPath(modelPath), intraOpThreads ?? _options.IntraOpThreads);
        var lazy = _sessions.GetOrAdd(key, k => new Lazy<OnnxModelSession>(() => Load(k.Path, k.IntraOpThreads)));
        try
        {
            return lazy.Value;
        }
        catch (Exception)
        {
            // A failed load must not poison the cache: the file may be fixed or appear later.
            _sessions.TryRemove(new KeyValuePair<(string, int), Lazy<OnnxModelSession>>(key, lazy));
            throw;
        }
    }

    /// <summary>Disposes every session created by this factory.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var lazy in _sessions.Values)
        {
            if (lazy.IsValueCreated)
            {
                lazy.Value.Dispose();
            }
        }

        _sessions.Clear();
    }
}
