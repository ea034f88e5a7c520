using AliaBatch.Core.Storage;

namespace AliaBatch.Orchestration.Payloads;

/// <summary>One batch: an id unique within the run and the source objects it covers (paths and sizes, never text).</summary>
/// <param name="BatchId">Stable id within the run, e.g. <c>b000042</c>.</param>
/// <param name="Documents">The source objects.</param>
public sealed record BatchPlan(string BatchId, IReadOnlyList<ObjectInfo> Documents)
{
    /// <summary>The id of the batch with the given run-wide sequence number.</summary>
    public static string IdFor(int sequence) => $"b{sequence:D6}";
}
