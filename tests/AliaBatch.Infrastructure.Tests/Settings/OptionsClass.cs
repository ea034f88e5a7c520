using System.Collections;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace AliaBatch.Infrastructure.Tests.Settings;

/// <summary>
/// An options class and its configuration section (its <c>SectionName</c> constant), with the property paths the
/// configuration binder can set on it: settable properties, get-only collections and nested objects, list entries by
/// index and dictionary entries by key.
/// </summary>
public sealed record OptionsClass(Type Type, string Section)
{
    public static OptionsClass Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var field = type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{type.FullName} is bound from configuration but has no SectionName constant.");
        return new OptionsClass(type, (string)field.GetRawConstantValue()!);
    }

    /// <summary>Whether the binder sets something for this path below the section (e.g. ["Worker", "ModelPacks", "0"]).</summary>
    public bool Binds(IReadOnlyList<string> path) => path.Count > 0 && Binds(Type, path, 0);

    /// <summary>Top-level scalar properties (what a single app setting can set).</summary>
    public IEnumerable<PropertyInfo> ScalarProperties =>
        Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0 && property.SetMethod?.IsPublic == true && IsScalar(property.PropertyType));

    /// <summary>The value a property has when nothing configures it.</summary>
    public object? DefaultOf(PropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.GetValue(Activator.CreateInstance(Type));
    }

    /// <summary>[Required] with nothing to fall back on: the default is null or blank.</summary>
    public bool HasNoDefault(PropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var value = DefaultOf(property);
        return property.GetCustomAttribute<RequiredAttribute>() is not null
            && (value is null || (value is string text && string.IsNullOrWhiteSpace(text)));
    }

    public string KeyOf(PropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return $"{Section}:{property.Name}".Replace(":", "__", StringComparison.Ordinal);
    }

    private static bool Binds(Type type, IReadOnlyList<string> path, int index)
    {
        if (index == path.Count)
        {
            return IsScalar(type);
        }

        if (DictionaryValueType(type) is { } valueType)
        {
            return Binds(valueType, path, index + 1);
        }

        if (ElementType(type) is { } elementType)
        {
            return int.TryParse(path[index], out var position) && position >= 0 && Binds(elementType, path, index + 1);
        }

        var property = type.GetProperty(path[index], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return property is not null
            && property.GetIndexParameters().Length == 0
            && (property.SetMethod?.IsPublic == true || IsFilledInPlace(property.PropertyType))
            && Binds(property.PropertyType, path, index + 1);
    }

    private static bool IsScalar(Type type) =>
        type != typeof(object) && TypeDescriptor.GetConverter(Nullable.GetUnderlyingType(type) ?? type).CanConvertFrom(typeof(string));

    // A get-only property is bound into its existing value: mutable collections and plain objects, not read-only views.
    private static bool IsFilledInPlace(Type type) =>
        DictionaryValueType(type) is not null
        || Implements(type, typeof(ICollection<>)) is not null
        || (!type.IsValueType && !typeof(IEnumerable).IsAssignableFrom(type) && !IsScalar(type));

    private static Type? DictionaryValueType(Type type) =>
        Implements(type, typeof(IDictionary<,>)) is { } dictionary && dictionary.GetGenericArguments()[0] == typeof(string)
            ? dictionary.GetGenericArguments()[1]
            : null;

    private static Type? ElementType(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : Implements(type, typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static Type? Implements(Type type, Type openGeneric) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == openGeneric
            ? type
            : type.GetInterfaces().FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == openGeneric);
}
