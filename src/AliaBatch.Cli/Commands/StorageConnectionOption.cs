using System.CommandLine;
using AliaBatch.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace AliaBatch.Cli.Commands;

/// <summary>
/// <c>--connection</c> of <c>serve</c>, <c>submit</c> and <c>status</c>: the storage account of the durable local host, by
/// default the configured <c>AliaBatch:Storage:ConnectionString</c> or, without one, the Azurite development account.
/// </summary>
internal sealed class StorageConnectionOption
{
    /// <summary>The Azurite development account on its default ports.</summary>
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    private readonly Option<string?> _connection = new("--connection")
    {
        Description = $"Storage connection string (default: AliaBatch__Storage__ConnectionString, else {DevelopmentStorage}: Azurite on its default ports).",
    };

    public void AddTo(Command command) => command.Options.Add(_connection);

    /// <summary>Puts the option's connection string, when given, into <paramref name="overrides"/>.</summary>
    public void Apply(ParseResult parse, IDictionary<string, string?> overrides)
    {
        if (parse.GetValue(_connection) is { } connection)
        {
            overrides[$"{StorageOptions.SectionName}:ConnectionString"] = connection;
        }
    }

    /// <summary>Falls back to Azurite's development account when no configuration source names an account.</summary>
    public static void DefaultToAzurite(IServiceCollection services) =>
        services.PostConfigure<StorageOptions>(storage =>
        {
            if (!storage.IsConfigured)
            {
                storage.ConnectionString = DevelopmentStorage;
            }
        });
}
