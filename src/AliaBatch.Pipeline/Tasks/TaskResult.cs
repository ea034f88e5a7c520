using AliaBatch.Core.Errors;
using AliaBatch.Core.Results;

namespace AliaBatch.Pipeline.Tasks;

/// <summary>What a task produced: outputs to merge into the result, provenance, and an error when it failed.</summary>
/// <param name="Outputs">Outputs of this task only (other properties null).</param>
/// <param name="Provenance">Stages that ran.</param>
/// <param name="Error">Set when the task failed for this document.</param>
public sealed record TaskResult(TaskOutputs Outputs, IReadOnlyList<StageProvenance> Provenance, DocumentError? Error = null);
