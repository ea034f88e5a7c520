namespace AliaBatch.Orchestration.Payloads;

/// <summary>
/// Transport dispatch settings of one job run, read from <see cref="OrchestrationOptions"/> when the run is scheduled and
/// carried in <see cref="BatchJob.Dispatch"/>, so a replay never sees a changed setting.
/// </summary>
/// <param name="BatchDeadline">How long one dispatch of a batch may take before it is dispatched again.</param>
/// <param name="MaxAttempts">Dispatches of a batch before its documents are failed as undeliverable.</param>
/// <param name="PollInterval">Durable timer between checks for the group's batch manifests.</param>
public sealed record DispatchSettings(TimeSpan BatchDeadline, int MaxAttempts, TimeSpan PollInterval);
