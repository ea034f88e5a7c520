namespace AliaBatch.Orchestration.Intake;

/// <summary>What a host does with a blob event (<see cref="DropDecision"/>).</summary>
public enum DropOutcome
{
    /// <summary>Nothing: the blob is not a drop, or is gone.</summary>
    Ignore,

    /// <summary>Start the job request with the run id.</summary>
    Start,

    /// <summary>Write the rejection record; starting it again would fail the same way.</summary>
    Reject,
}
