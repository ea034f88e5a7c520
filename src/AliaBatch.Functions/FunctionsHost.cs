namespace AliaBatch.Functions;

/// <summary>Names the Functions app shares with its bindings and the infrastructure (bicep/app-settings.contract.json).</summary>
public static class FunctionsHost
{
    /// <summary>The host name recorded in job manifests.</summary>
    public const string HostName = "azure-functions";

    /// <summary>
    /// The storage connection of every trigger and output binding: the Functions host's own account, identity-based
    /// (<c>AzureWebJobsStorage__accountName</c>, <c>__credential</c>, <c>__clientId</c>).
    /// </summary>
    public const string StorageConnection = "AzureWebJobsStorage";

    /// <summary>The agency job queue.</summary>
    public const string AgencyQueue = "agency-jobs";

    /// <summary>Where rejected agency messages go.</summary>
    public const string AgencyPoisonQueue = "agency-jobs-poison";

    /// <summary>The blob path pattern of the drop trigger: every blob of the incoming container.</summary>
    public const string IncomingPath = "incoming/{name}";
}
