using DurableTask.AzureStorage;

namespace AliaBatch.Hosting.Local;

/// <summary>
/// Lets the Azure Storage backend queue the sidecar's events. The sidecar fills events' <c>Tags</c> with a protobuf
/// <c>MapField&lt;string, string&gt;</c>, which the backend's type-named JSON writes as that type and then cannot load
/// when it reads the message back (it looks for it in its own assembly), so the job stops at its first
/// sub-orchestration. The map is written, and read, as the <see cref="Dictionary{TKey, TValue}"/> it is.
/// </summary>
internal sealed class ProtobufMapTypeBinder : ICustomTypeBinder
{
    private const string MapField = "Google.Protobuf.Collections.MapField`2";

    public void BindToName(Type serializedType, out string assemblyName, out string typeName)
    {
        ArgumentNullException.ThrowIfNull(serializedType);
        var type = serializedType.IsGenericType && serializedType.GetGenericTypeDefinition().FullName == MapField
            ? typeof(Dictionary<,>).MakeGenericType(serializedType.GetGenericArguments())
            : serializedType;
        assemblyName = type.Assembly.FullName!;
        typeName = type.FullName!;
    }

    public Type BindToType(string assemblyName, string typeName)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        if (typeName.StartsWith(MapField, StringComparison.Ordinal))
        {
            return typeof(Dictionary<string, string>);
        }

        return Type.GetType(string.IsNullOrEmpty(assemblyName) ? typeName : $"{typeName}, {assemblyName}", throwOnError: true)!;
    }
}
