namespace AliaBatch.Orchestration.Dispatch;

/// <summary>How the batch group orchestration gets a batch processed (<c>AliaBatch:Orchestration:Dispatch</c>).</summary>
public enum BatchDispatch
{
    /// <summary>An activity processes the batch in the orchestration worker (<c>ProcessBatchActivity</c>): the default.</summary>
    Inline,

    /// <summary>
    /// The batch is sent over the batch transport to the inference tier (<see cref="BatchConsumer"/>); the orchestration
    /// polls for its manifest and re-dispatches it when its deadline passes.
    /// </summary>
    Transport,
}
