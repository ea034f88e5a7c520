namespace AliaBatch.Orchestration.Intake;

/// <summary>What <see cref="JobStarter.StartAsync"/> did.</summary>
/// <param name="JobId">The job (its results folder).</param>
/// <param name="RunId">The run, as the caller chose it.</param>
/// <param name="InstanceId">The job orchestration's instance id: <c>{jobId}:{runId}</c>.</param>
/// <param name="AlreadyStarted">
/// True when an orchestration with that instance id already existed, so nothing new was scheduled: a duplicate delivery
/// of the same trigger, which callers treat as success.
/// </param>
public sealed record JobStart(string JobId, string RunId, string InstanceId, bool AlreadyStarted);
