namespace AliaBatch.Inference.Packs;

/// <summary>
/// A model pack that cannot be used: an invalid <c>model.json</c> (the message names the field), a missing or
/// altered file, or an ONNX file ONNX Runtime refuses (the message names the file).
/// </summary>
public sealed class ModelPackException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ModelPackException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ModelPackException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ModelPackException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for one file of a pack.</summary>
    public ModelPackException(string message, string file, Exception? innerException = null)
        : base(message, innerException)
    {
        File = file;
    }

    /// <summary>The offending file (full path or path relative to the pack), when the problem is one file.</summary>
    public string? File { get; }
}
