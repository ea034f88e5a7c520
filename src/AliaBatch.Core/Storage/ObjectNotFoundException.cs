namespace AliaBatch.Core.Storage;

/// <summary>The object does not exist.</summary>
public sealed class ObjectNotFoundException : Exception
{
    /// <summary>Creates the exception for a path in a store.</summary>
    public ObjectNotFoundException(string location, string path, Exception? innerException = null)
        : base($"'{path}' was not found in {location}.", innerException)
    {
        Path = path;
    }

    /// <summary>Creates the exception.</summary>
    public ObjectNotFoundException()
        : this("the store", string.Empty)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ObjectNotFoundException(string message)
        : base(message)
    {
        Path = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public ObjectNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
    }

    /// <summary>The missing path.</summary>
    public string Path { get; }
}
