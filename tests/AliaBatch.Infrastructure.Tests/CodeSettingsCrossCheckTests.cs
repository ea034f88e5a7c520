using System.Reflection;
using AliaBatch.Infrastructure.Tests.Settings;
using AliaBatch.Orchestration;
using AliaBatch.Transport;
using AliaBatch.Worker;
using Xunit;

namespace AliaBatch.Infrastructure.Tests;

/// <summary>
/// The settings the code reads against the settings the templates give each app, both ways: no contract key without a
/// reader in the app that receives it, no setting an app needs in Azure left to a default that only suits a laptop.
/// Which options classes an app reads comes from its own composition root (<see cref="AppComposition"/>).
/// </summary>
public sealed class CodeSettingsCrossCheckTests(CompiledTemplates templates)
{
    public static TheoryData<string> Apps => [.. AppComposition.Apps];

    [Fact]
    public void AppComposition_BothApps_BindTheirOwnAndTheSharedOptions()
    {
        // Arrange
        static IEnumerable<Type> TypesOf(string app) => AppComposition.OptionsOf(app).Select(options => options.Type);

        // Act
        var functions = TypesOf(AppComposition.Functions).ToArray();
        var worker = TypesOf(AppComposition.Worker).ToArray();

        // Assert
        Assert.Contains(typeof(OrchestrationOptions), functions);
        Assert.Contains(typeof(TransportOptions), functions);
        Assert.DoesNotContain(typeof(WorkerOptions), functions);
        Assert.Contains(typeof(WorkerOptions), worker);
        Assert.Contains(typeof(TransportOptions), worker);
    }

    [Theory]
    [MemberData(nameof(Apps))]
    public void ContractKey_ForApp_IsReadByThatApp(string app)
    {
        // Arrange
        var options = AppComposition.OptionsOf(app);
        var expressions = app == AppComposition.Functions
            ? FunctionBindings.All.SelectMany(FunctionBindings.SettingExpressions).ToHashSet(StringComparer.Ordinal)
            : [];

        // Act
        var unread = SettingsContract.KeysFor(app)
            .Where(key => !DirectSettings.Covers(app, key) && !expressions.Contains(key))
            .Where(key => !options.Any(candidate => ConfigurationKey.Below(key, candidate.Section) is { } path && candidate.Binds(path)))
            .Order(StringComparer.Ordinal);

        // Assert
        Assert.Empty(unread);
    }

    [Theory]
    [MemberData(nameof(Apps))]
    public void TemplateKey_ForApp_IsInTheContract(string app)
    {
        // Arrange
        var contract = SettingsContract.KeysFor(app);

        // Act
        var missing = templates.AppSettingsOf(app).Keys.Where(key => !contract.Contains(key));

        // Assert
        Assert.Empty(missing);
    }

    public static TheoryData<DirectSetting> ReadByName => [.. DirectSettings.All.Where(setting => setting.ReadBy is not null)];

    [Theory]
    [MemberData(nameof(ReadByName))]
    public void DirectSetting_ItsReader_StillLoadsTheKey(DirectSetting setting)
    {
        // Arrange
        var reader = setting.ReadBy!;

        // Act
        var found = AssemblyStrings.Contains(reader, setting.Literal);

        // Assert
        Assert.True(found, $"{reader.GetName().Name} no longer reads '{setting.Literal}' ({setting.Why}); drop {setting} from DirectSettings and the contract.");
    }

    [Theory]
    [MemberData(nameof(Apps))]
    public void RequiredSettingWithoutDefault_ForApp_IsSetByTheTemplateAndTheContract(string app)
    {
        // Arrange
        var settings = templates.AppSettingsOf(app);
        var contract = SettingsContract.KeysFor(app);

        // Act
        var unset = AppComposition.OptionsOf(app)
            .SelectMany(options => options.ScalarProperties.Where(options.HasNoDefault).Select(options.KeyOf))
            .Where(key => !settings.ContainsKey(key) || !contract.Contains(key));

        // Assert
        Assert.Empty(unset);
    }

    /// <summary>
    /// Settings whose code default suits local runs but not Azure (in-process transport, log-only events, inline
    /// batches, no storage account): the template must set them, to these values where a value is given.
    /// </summary>
    public static TheoryData<string, string, string?> AzureSettings => new()
    {
        { AppComposition.Functions, "AliaBatch__Storage__AccountUrl", null },
        { AppComposition.Worker, "AliaBatch__Storage__AccountUrl", null },
        { AppComposition.Functions, "AliaBatch__ServiceBus__FullyQualifiedNamespace", null },
        { AppComposition.Worker, "AliaBatch__ServiceBus__FullyQualifiedNamespace", null },
        { AppComposition.Functions, "AliaBatch__Transport__Kind", "ServiceBus" },
        { AppComposition.Worker, "AliaBatch__Transport__Kind", "ServiceBus" },
        { AppComposition.Functions, "AliaBatch__Events__Kind", "ServiceBus" },
        { AppComposition.Functions, "AliaBatch__Orchestration__Dispatch", "Transport" },
        { AppComposition.Worker, "AliaBatch__Inference__ExecutionProvider", "Cuda" },
    };

    [Theory]
    [MemberData(nameof(AzureSettings))]
    public void AzureSetting_WithoutASafeDefault_IsSetForTheApp(string app, string key, string? azureValue)
    {
        // Arrange
        var property = AppComposition.OptionsOf(app)
            .Select(options => (options, path: ConfigurationKey.Below(key, options.Section)))
            .Where(candidate => candidate.path is [_] && candidate.options.Binds(candidate.path))
            .Select(candidate => (candidate.options, property: candidate.options.Type.GetProperty(candidate.path![0])!))
            .Single();
        var settings = templates.AppSettingsOf(app);

        // Act
        var codeDefault = Convert.ToString(property.options.DefaultOf(property.property), System.Globalization.CultureInfo.InvariantCulture);

        // Assert
        Assert.Contains(key, SettingsContract.KeysFor(app));
        Assert.True(settings.TryGetValue(key, out var value), $"The template does not give {app} {key}.");
        Assert.False(string.IsNullOrWhiteSpace(value));
        Assert.NotEqual(codeDefault, value);
        if (azureValue is not null)
        {
            Assert.Equal(azureValue, value);
        }
    }

    [Theory]
    [MemberData(nameof(Apps))]
    public void EntityName_EveryOptionsClassOfApp_NamesAnEntityTheTemplateCreates(string app)
    {
        // Arrange
        var settings = templates.AppSettingsOf(app);

        // Act
        var missing = AppComposition.OptionsOf(app)
            .SelectMany(options => options.ScalarProperties
                .Where(property => property.PropertyType == typeof(string) && EntitiesFor(options, property) is not null)
                .Select(property => (key: options.KeyOf(property), entities: EntitiesFor(options, property)!,
                    value: settings.GetValueOrDefault(options.KeyOf(property)) ?? (string?)options.DefaultOf(property))))
            .Where(name => name.value is null || !name.entities.Contains(name.value))
            .Select(name => $"{name.key} = '{name.value}'");

        // Assert
        Assert.Empty(missing);
    }

    private IReadOnlySet<string>? EntitiesFor(OptionsClass options, PropertyInfo property) => property.Name switch
    {
        _ when property.Name.EndsWith("Container", StringComparison.Ordinal) => templates.BlobContainers(),
        _ when options.Type == typeof(ServiceBusTransportOptions) && property.Name.EndsWith("Topic", StringComparison.Ordinal) => templates.ServiceBusTopics(),
        _ when options.Type == typeof(ServiceBusTransportOptions) && property.Name.EndsWith("QueueName", StringComparison.Ordinal) => templates.ServiceBusQueues(),
        _ when property.Name.EndsWith("QueueName", StringComparison.Ordinal) => templates.StorageQueues(),
        _ => null,
    };
}
