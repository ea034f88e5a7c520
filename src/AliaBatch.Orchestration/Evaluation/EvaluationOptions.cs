using System.ComponentModel.DataAnnotations;
using AliaBatch.Orchestration.Stores;

namespace AliaBatch.Orchestration.Evaluation;

/// <summary>
/// The scheduled evaluation: when it runs, which suites, and where suites and results live. Suites are folders
/// <c>{suite}/suite.json</c> + <c>items.jsonl</c> in <see cref="SuitesContainer"/>; each run writes
/// <c>{suite}/{runId}/report.json|md|html</c> to <see cref="ResultsContainer"/>, next to <c>latest/</c> and <c>baseline/</c>.
/// </summary>
public sealed class EvaluationOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "AliaBatch:Evaluation";

    /// <summary>Six-field CRON expression (seconds first, UTC) of the evaluation timer; default 03:00 every day.</summary>
    [Required(ErrorMessage = "AliaBatch:Evaluation:Schedule is required.")]
    [RegularExpression(@"^\s*\S+(\s+\S+){5}\s*$", ErrorMessage = "AliaBatch:Evaluation:Schedule must be a six-field CRON expression (second minute hour day month day-of-week), e.g. '0 0 3 * * *'.")]
    public string Schedule { get; set; } = "0 0 3 * * *";

    /// <summary>Comma-separated suite names (folders of <see cref="SuitesContainer"/>) the timer evaluates; empty runs none.</summary>
    [RegularExpression(@"^\s*([a-z0-9][a-z0-9-]*\s*(,\s*[a-z0-9][a-z0-9-]*\s*)*)?$", ErrorMessage = "AliaBatch:Evaluation:Suites must be comma-separated suite names (lower-case letters, digits and hyphens).")]
    public string Suites { get; set; } = string.Empty;

    /// <summary>The blob container (or folder under <see cref="LocalRoot"/>) of the suites.</summary>
    [Required(ErrorMessage = "AliaBatch:Evaluation:SuitesContainer is required.")]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$", ErrorMessage = "AliaBatch:Evaluation:SuitesContainer must be a container name: 3-63 lowercase letters, digits and single hyphens.")]
    public string SuitesContainer { get; set; } = "eval-suites";

    /// <summary>The blob container (or folder under <see cref="LocalRoot"/>) of the reports, latest results and baselines.</summary>
    [Required(ErrorMessage = "AliaBatch:Evaluation:ResultsContainer is required.")]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$", ErrorMessage = "AliaBatch:Evaluation:ResultsContainer must be a container name: 3-63 lowercase letters, digits and single hyphens.")]
    public string ResultsContainer { get; set; } = "eval-results";

    /// <summary>
    /// A local folder holding <see cref="SuitesContainer"/> and <see cref="ResultsContainer"/> as sub-folders, for hosts
    /// without a storage account; unset, they are containers of <c>AliaBatch:Storage</c>.
    /// </summary>
    public string? LocalRoot { get; set; }

    /// <summary>The suite names of <see cref="Suites"/>, in order, without duplicates.</summary>
    public IReadOnlyList<string> SuiteNames =>
        [.. Suites.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    /// <summary>The store of suites.</summary>
    public StoreReference SuitesStore() => Store(SuitesContainer);

    /// <summary>The store of evaluation results.</summary>
    public StoreReference ResultsStore() => Store(ResultsContainer);

    private StoreReference Store(string container) =>
        string.IsNullOrWhiteSpace(LocalRoot) ? StoreReference.Blob(container) : StoreReference.Local(Path.Combine(LocalRoot, container));
}
