using AliaBatch.Functions;
using AliaBatch.Worker;
using Microsoft.AspNetCore.Builder;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AliaBatch.Infrastructure.Tests.Settings;

/// <summary>
/// Which options classes each app binds, learned from the app itself: each composition root
/// (<c>AddAliaBatchFunctions</c>, <c>AddAliaBatchWorker</c>) runs on a fresh builder and every
/// <c>BindConfiguration</c> it makes leaves an <see cref="IOptionsChangeTokenSource{TOptions}"/> registration behind.
/// Nothing is built or started, so no setting needs a value.
/// </summary>
public static class AppComposition
{
    public const string Functions = "functions";

    public const string Worker = "worker";

    private static readonly Lazy<IReadOnlyList<OptionsClass>> s_functions = new(() => BoundOptions(ComposeFunctions()));
    private static readonly Lazy<IReadOnlyList<OptionsClass>> s_worker = new(() => BoundOptions(ComposeWorker()));

    public static IReadOnlyList<string> Apps { get; } = [Functions, Worker];

    /// <summary>The options classes (with their sections) the app binds from configuration.</summary>
    public static IReadOnlyList<OptionsClass> OptionsOf(string app) => app switch
    {
        Functions => s_functions.Value,
        Worker => s_worker.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(app), app, "Unknown app."),
    };

    private static IServiceCollection ComposeFunctions()
    {
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.AddAliaBatchFunctions();
        return builder.Services;
    }

    private static IServiceCollection ComposeWorker()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.AddAliaBatchWorker();
        return builder.Services;
    }

    private static OptionsClass[] BoundOptions(IServiceCollection services) =>
    [
        .. services
            .Where(descriptor => descriptor.ServiceType.IsGenericType
                && descriptor.ServiceType.GetGenericTypeDefinition() == typeof(IOptionsChangeTokenSource<>))
            .Select(descriptor => descriptor.ServiceType.GetGenericArguments()[0])
            .Where(type => type.Namespace?.StartsWith("AliaBatch.", StringComparison.Ordinal) == true)
            .Distinct()
            .Select(OptionsClass.Of)
            .OrderBy(options => options.Section, StringComparer.Ordinal)
            .ThenBy(options => options.Type.FullName, StringComparer.Ordinal),
    ];
}
