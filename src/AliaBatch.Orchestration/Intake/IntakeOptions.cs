using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using AliaBatch.Core.Jobs;

namespace AliaBatch.Orchestration.Intake;

/// <summary>
/// The rules every host applies to work that arrives by itself: blob drops in the incoming container and job requests
/// on the agency queue (docs/functions.md, "What a drop is" and "Agency messages").
/// </summary>
public sealed class IntakeOptions : IValidatableObject
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "AliaBatch:Intake";

    /// <summary>Blob container that drops arrive in.</summary>
    [Required(ErrorMessage = "AliaBatch:Intake:IncomingContainer is required.")]
    [RegularExpression(ContainerPattern, ErrorMessage = "AliaBatch:Intake:IncomingContainer must be a valid blob container name.")]
    public string IncomingContainer { get; set; } = "incoming";

    /// <summary>Blob container that results and rejection records (<c>_rejections/</c>) are written to.</summary>
    [Required(ErrorMessage = "AliaBatch:Intake:ResultsContainer is required.")]
    [RegularExpression(ContainerPattern, ErrorMessage = "AliaBatch:Intake:ResultsContainer must be a valid blob container name.")]
    public string ResultsContainer { get; set; } = "results";

    /// <summary>Most UTF-8 bytes of a queue message body, a <c>_job.json</c> or a <c>_defaults.json</c>.</summary>
    [Range(256, 1024 * 1024, ErrorMessage = "AliaBatch:Intake:MaxRequestBytes must be between 256 and 1048576.")]
    public int MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// The tasks object (JSON, as in a job request's <c>tasks</c>) of a single-file drop when its agency folder has no
    /// <c>_defaults.json</c>. The default needs no model: an extractive summary.
    /// </summary>
    [Required(ErrorMessage = "AliaBatch:Intake:DefaultTasks is required.")]
    public string DefaultTasks { get; set; } = """{"summarize":{"mode":"extractive"}}""";

    /// <summary>
    /// Where a queued job may read its documents: entries <c>{container}/{prefix}</c> (e.g. <c>incoming/agency1/</c>); a
    /// request's blob source must be in one of these containers, with its prefix at or below the entry's prefix.
    /// </summary>
    public IList<string> AllowedSources { get; } = [];

    /// <summary>Whether queued jobs may read a local folder: for local hosts only; a Functions app never should.</summary>
    public bool AllowLocalSources { get; set; }

    private const string ContainerPattern = "^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$";

    /// <summary>The allowed sources, or <c>{IncomingContainer}/</c> when none are configured.</summary>
    public IReadOnlyList<string> EffectiveAllowedSources => AllowedSources.Count > 0 ? [.. AllowedSources] : [IncomingContainer + "/"];

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        string? tasksError = null;
        try
        {
            DropRequests.DefaultTasks(DefaultTasks);
        }
        catch (Exception exception) when (exception is JobRequestValidationException or JsonException)
        {
            tasksError = $"AliaBatch:Intake:DefaultTasks is not a valid tasks object: {exception.Message}";
        }

        if (tasksError is not null)
        {
            yield return new ValidationResult(tasksError, [nameof(DefaultTasks)]);
        }

        foreach (var entry in AllowedSources)
        {
            if (!SourceGrant.TryParse(entry, out _))
            {
                yield return new ValidationResult(
                    $"AliaBatch:Intake:AllowedSources entry '{entry}' must be '{{container}}/' or '{{container}}/{{prefix}}' with a valid container name.",
                    [nameof(AllowedSources)]);
            }
        }
    }
}
