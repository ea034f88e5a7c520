namespace AliaBatch.Core.Results;

/// <summary>Document counts of a job.</summary>
public sealed record JobCounts(int Total, int Succeeded, int Failed, int Skipped, int Cancelled = 0)
{
    /// <summary>Documents with a final outcome.</summary>
    public int Done => Succeeded + Failed + Skipped + Cancelled;
}
