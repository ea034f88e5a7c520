using System.Reflection;
using System.Text.RegularExpressions;
using AliaBatch.Functions;
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace AliaBatch.Infrastructure.Tests.Settings;

/// <summary>
/// The trigger and output binding attributes of the Functions app (on function parameters and on output-type
/// properties): the Functions host resolves their <c>%setting%</c> expressions and connections from app settings.
/// </summary>
public static partial class FunctionBindings
{
    public static IReadOnlyList<BindingAttribute> All { get; } =
    [
        .. typeof(FunctionsHost).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .SelectMany(method => method.GetParameters())
                .SelectMany(parameter => parameter.GetCustomAttributes<BindingAttribute>())
                .Concat(type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                    .SelectMany(property => property.GetCustomAttributes<BindingAttribute>()))),
    ];

    /// <summary>A string property of a binding attribute (QueueName, BlobPath, Connection, Schedule...), or null.</summary>
    public static string? Property(BindingAttribute binding, string name)
    {
        ArgumentNullException.ThrowIfNull(binding);
        return binding.GetType().GetProperty(name)?.GetValue(binding) as string;
    }

    /// <summary>The app settings named by <c>%...%</c> expressions in any string property of the binding.</summary>
    public static IEnumerable<string> SettingExpressions(BindingAttribute binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        return binding.GetType().GetProperties()
            .Where(property => property.PropertyType == typeof(string))
            .Select(property => property.GetValue(binding) as string)
            .OfType<string>()
            .SelectMany(value => Expression().Matches(value).Select(match => ConfigurationKey.SettingOf(match.Groups["name"].Value)));
    }

    [GeneratedRegex("%(?<name>[^%]+)%")]
    private static partial Regex Expression();
}
