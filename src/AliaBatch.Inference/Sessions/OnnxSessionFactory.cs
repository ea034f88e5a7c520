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
    private readonly ConcurrentDictionary<string, Lazy<OnnxModelSession>> _sessions = new(StringComparer.Ordinal);
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
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">ONNX Runtime refused the file; the message names it.</exception>
    /// <exception cref="InvalidOperationException">A GPU is required but CUDA could not be used.</exception>
    public OnnxModelSession GetSession(string modelPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelPath);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var fullPath = Path.GetFullPath(modelPath);
        var lazy = _sessions.GetOrAdd(fullPath, p => new Lazy<OnnxModelSession>(() => Load(p)));
        try
        {
            return lazy.Value;
        }
        catch (Exception)
        {
            // A failed load must not poison the cache: the file may be fixed or appear later.
            _sessions.TryRemove(new KeyValuePair<string, Lazy<OnnxModelSession>>(fullPath, lazy));
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
