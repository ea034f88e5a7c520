using AliaBatch.Infrastructure.Tests.Arm;

namespace AliaBatch.Infrastructure.Tests.Settings;

/// <summary>What the compiled main.bicep gives each app and which storage and Service Bus entities it creates.</summary>
public static class TemplateAppSettings
{
    /// <summary>The module deployment that runs an app.</summary>
    public static ArmTemplate ModuleOf(this CompiledTemplates templates, string app)
    {
        ArgumentNullException.ThrowIfNull(templates);
        return templates.Main.Module(app == AppComposition.Functions ? "function-app" : "container-apps");
    }

    /// <summary>
    /// The AliaBatch settings of an app: each app module receives the shared block and its own block as two object
    /// parameters. Values stay ARM expressions where they are not literals (reference(), format(), ...).
    /// </summary>
    public static IReadOnlyDictionary<string, string> AppSettingsOf(this CompiledTemplates templates, string app)
    {
        var module = templates.ModuleOf(app);
        return module.Parameter("sharedAppSettings").EnumerateObject()
            .Concat(module.Parameter("appSettings").EnumerateObject())
            .ToDictionary(setting => setting.Name, setting => module.ResolveString(setting.Value), StringComparer.Ordinal);
    }

    /// <summary>The Function App's host settings (identity-based AzureWebJobsStorage and the like), set by its module.</summary>
    public static IReadOnlyDictionary<string, string> FunctionHostSettings(this CompiledTemplates templates)
    {
        var module = templates.ModuleOf(AppComposition.Functions);
        return module.Resolve(module.Root.GetProperty("variables").GetProperty("hostSettings")).EnumerateObject()
            .ToDictionary(setting => setting.Name, setting => module.ResolveString(setting.Value), StringComparer.Ordinal);
    }

    public static IReadOnlySet<string> BlobContainers(this CompiledTemplates templates) => Names(templates, "storage", "containerNames");

    public static IReadOnlySet<string> StorageQueues(this CompiledTemplates templates) => Names(templates, "storage", "queueNames");

    public static IReadOnlySet<string> ServiceBusQueues(this CompiledTemplates templates) => Names(templates, "service-bus", "queueName");

    public static IReadOnlySet<string> ServiceBusTopics(this CompiledTemplates templates) => Names(templates, "service-bus", "topicName");

    private static HashSet<string> Names(CompiledTemplates templates, string module, string parameter)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var value = templates.Main.Module(module).Parameter(parameter);
        return value.ValueKind == System.Text.Json.JsonValueKind.Array
            ? value.EnumerateArray().Select(name => name.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [value.GetString()!];
    }
}
