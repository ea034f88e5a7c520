using System.ComponentModel.DataAnnotations;
using AliaBatch.Inference.Packs;

namespace AliaBatch.Worker.Models;

/// <summary>
/// Where the worker pulls model packs from (configuration section <c>AliaBatch:Models</c>, shared with the pipeline's
/// model settings): a blob container of the storage account, or a local folder of packs for development.
/// </summary>
public sealed class ModelSourceOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "AliaBatch:Models";

    /// <summary>Blob container of model packs (<c>AliaBatch:Models:Container</c>).</summary>
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$", ErrorMessage = "AliaBatch:Models:Container must be a blob container name (3-63 lower-case letters, digits and single hyphens).")]
    public string Container { get; set; } = "models";

    /// <summary>Folder of packs inside the container: packs live at <c>{Root}/{packId}/model.json</c>.</summary>
    public string Root { get; set; } = ModelPackStore.DefaultRoot;

    /// <summary>A local folder of packs (<c>{SourceFolder}/{packId}/model.json</c>) used instead of the container.</summary>
    public string? SourceFolder { get; set; }
}
