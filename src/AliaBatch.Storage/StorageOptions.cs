namespace AliaBatch.Storage;

/// <summary>
/// How to reach Azure Blob Storage. Set <see cref="ConnectionString"/> for Azurite or key-based development accounts,
/// or <see cref="AccountUrl"/> to use <c>DefaultAzureCredential</c> (managed identity in Azure).
/// </summary>
public sealed class StorageOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "AliaBatch:Storage";

    /// <summary>Connection string (Azurite: <c>UseDevelopmentStorage=true</c> or an explicit endpoint string).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Blob service URL, e.g. <c>https://account.blob.core.windows.net</c>.</summary>
    public Uri? AccountUrl { get; set; }

    /// <summary>True when either way of connecting is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString) || AccountUrl is not null;
}
