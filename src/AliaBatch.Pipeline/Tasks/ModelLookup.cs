using AliaBatch.Core.Errors;
using AliaBatch.Pipeline.Generation;

namespace AliaBatch.Pipeline.Tasks;

/// <summary>Resolves a task's generative model, turning a missing or unloadable model into a per-document error.</summary>
internal static class ModelLookup
{
    public static (LoadedGenerator? Model, DocumentError? Error) Resolve(GeneratorRegistry generators, string? requested, string? configuredDefault, string purpose)
    {
        try
        {
            return (generators.Resolve(requested, configuredDefault), null);
        }
        catch (Exception exception) when (exception is DirectoryNotFoundException or FileNotFoundException or InvalidDataException)
        {
            return (null, new DocumentError(ErrorCodes.ModelUnavailable, $"The {purpose} model could not be loaded: {exception.Message}"));
        }
    }
}
