using AliaBatch.Orchestration.Payloads;

namespace AliaBatch.Orchestration.Dispatch;

/// <summary>What <see cref="BatchProcessor"/> did with one batch.</summary>
/// <param name="Manifest">The batch manifest in storage.</param>
/// <param name="AlreadyDone">True when the manifest was there already (someone else finished the batch) and nothing was processed.</param>
/// <param name="TokensIn">Tokens the models read for the documents processed now, summed from the results' provenance.</param>
/// <param name="TokensOut">Tokens the models wrote for them.</param>
internal sealed record ProcessedBatch(BatchManifest Manifest, bool AlreadyDone, long TokensIn, long TokensOut);
