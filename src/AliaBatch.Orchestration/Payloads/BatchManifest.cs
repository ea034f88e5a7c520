using AliaBatch.Core.Results;

namespace AliaBatch.Orchestration.Payloads;

/// <summary>
/// <c>{jobId}/_batches/{runId}/{batchId}.json</c>, written after every result of the batch: its presence is the
/// source of truth that the batch is done, whoever processed it and however often it was delivered.
/// </summary>
/// <param name="JobId">The job.</param>
/// <param name="RunId">The run.</param>
/// <param name="BatchId">The batch.</param>
/// <param name="Counts">Outcome counts.</param>
/// <param name="Documents">Each source object's outcome and index lines.</param>
public sealed record BatchManifest(string JobId, string RunId, string BatchId, BatchCounts Counts, IReadOnlyList<BatchDocument> Documents);

/// <summary>One source object of a batch.</summary>
/// <param name="Source">Source path.</param>
/// <param name="Reused">True when its results were kept from an earlier run.</param>
/// <param name="Lines">Its <c>index.jsonl</c> lines (a JSONL file has one document line per record).</param>
public sealed record BatchDocument(string Source, bool Reused, IReadOnlyList<IndexLine> Lines);
