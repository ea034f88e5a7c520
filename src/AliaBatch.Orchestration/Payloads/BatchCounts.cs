namespace AliaBatch.Orchestration.Payloads;

/// <summary>Outcome counts of a batch, a group or a whole run.</summary>
/// <param name="Sources">Source objects handled.</param>
/// <param name="Succeeded">Documents succeeded (a JSONL file gives one document per record).</param>
/// <param name="Failed">Documents failed.</param>
/// <param name="Skipped">Documents skipped.</param>
/// <param name="Reused">Documents kept from an earlier run of the job.</param>
/// <param name="Processed">Documents processed in this run.</param>
public sealed record BatchCounts(int Sources, int Succeeded, int Failed, int Skipped, int Reused, int Processed)
{
    /// <summary>No work.</summary>
    public static BatchCounts None { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>The sum of two counts.</summary>
    public BatchCounts Add(BatchCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Sources + other.Sources, Succeeded + other.Succeeded, Failed + other.Failed, Skipped + other.Skipped, Reused + other.Reused, Processed + other.Processed);
    }
}
