using AliaBatch.Inference.Packs;

namespace AliaBatch.Inference.Tests.Packs;

/// <summary>Compares manifests by their JSON (records holding lists compare lists by reference).</summary>
internal sealed class ManifestJsonComparer : IEqualityComparer<ModelPackManifest>
{
    public static ManifestJsonComparer Instance { get; } = new();

    public bool Equals(ModelPackManifest? x, ModelPackManifest? y) => x?.ToJson() == y?.ToJson();

    public int GetHashCode(ModelPackManifest obj) => obj.ToJson().GetHashCode(StringComparison.Ordinal);
}
