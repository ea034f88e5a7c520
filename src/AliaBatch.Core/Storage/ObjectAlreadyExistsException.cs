namespace AliaBatch.Core.Storage;

/// <summary>A create-only write found the object already there.</summary>
public sealed class ObjectAlreadyExistsException : Exception
{
    /// <summary>Creates the exception for a path in a store.</summary>
    public ObjectAlreadyExistsException(string location, string path, Exception? innerException = null)
        : base($"'{path}' already exists in {location}.", innerException)
    {
        Path = path;
    }

    /// <summary>Creates the exception.</summary>
    public ObjectAlreadyExistsException()
        : this("the store", string.Empty)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ObjectAlreadyExistsException(string message)
        : base(message)
    {
        Path = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public ObjectAlreadyExistsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
    }

    /// <summary>The existing path.</summary>
    public string Path { get; }
}
