using AliaBatch.Transport;
using AliaBatch.Worker;
using Azure.Identity;

namespace AliaBatch.Infrastructure.Tests.Settings;

/// <summary>
/// The explicit, short list of settings no options class binds. Each entry names the code that reads it and the tests
/// check that code still carries the key, so an entry cannot outlive its reader.
/// </summary>
public static class DirectSettings
{
    public static IReadOnlyList<DirectSetting> All { get; } =
    [
        .. AppComposition.Apps.SelectMany(app => new DirectSetting[]
        {
            new("AliaBatch__Storage__QueueAccountUrl", app, typeof(TransportOptions).Assembly, "QueueAccountUrl",
                "the Storage queue transport and the Storage queue job events fall back to AliaBatch:Storage:QueueAccountUrl"),
            new("AZURE_CLIENT_ID", app, typeof(DefaultAzureCredential).Assembly, "AZURE_CLIENT_ID",
                "DefaultAzureCredential picks the user-assigned managed identity by this client id"),
        }),
        new("APPLICATIONINSIGHTS_CONNECTION_STRING", AppComposition.Worker, typeof(WorkerOptions).Assembly, "APPLICATIONINSIGHTS_CONNECTION_STRING",
            "the worker exports metrics and logs to Azure Monitor when it is set"),
        new("APPLICATIONINSIGHTS_CONNECTION_STRING", AppComposition.Functions, null, "APPLICATIONINSIGHTS_CONNECTION_STRING",
            "the Functions host sends its logs and the worker process's telemetry to Application Insights"),
    ];

    public static bool Covers(string app, string key) => All.Any(setting => setting.App == app && setting.Key == key);
}
