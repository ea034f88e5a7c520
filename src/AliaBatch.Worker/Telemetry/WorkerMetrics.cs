using System.Diagnostics.Metrics;

namespace AliaBatch.Worker.Telemetry;

/// <summary>
/// The worker's instruments on the <c>AliaBatch.Worker</c> meter: batches by disposition, documents by status,
/// tokens generated, batch duration, queue wait and, on CUDA, GPU memory in use.
/// </summary>
public sealed partial class WorkerMetrics
{
    /// <summary>The meter name, for exporters and listeners.</summary>
    public const string MeterName = "AliaBatch.Worker";

    private readonly Counter<long> _batches;
    private readonly Counter<long> _documents;
    private readonly Counter<long> _tokens;
    private readonly Histogram<double> _batchDuration;
    private readonly Histogram<double> _queueWait;

    /// <summary>Creates the instruments; the GPU gauge only when <paramref name="gpu"/> is given.</summary>
    public WorkerMetrics(IMeterFactory meterFactory, GpuMemoryProbe? gpu = null)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _batches = meter.CreateCounter<long>("aliabatch.worker.batches", "{batch}", "Batches handled, by disposition.");
        _documents = meter.CreateCounter<long>("aliabatch.worker.documents", "{document}", "Documents of handled batches, by status.");
        _tokens = meter.CreateCounter<long>("aliabatch.worker.tokens", "{token}", "Tokens generated; its rate is the worker's tokens per second.");
        _batchDuration = meter.CreateHistogram<double>("aliabatch.worker.batch.duration", "s", "Time from receiving a batch to settling it.");
        _queueWait = meter.CreateHistogram<double>("aliabatch.worker.queue.wait", "s", "Time a batch waited in the queue before this delivery.");
        if (gpu is not null)
        {
            var device = new KeyValuePair<string, object?>("gpu.device", gpu.DeviceId);
            meter.CreateObservableGauge(
                "aliabatch.worker.gpu.memory.used",
                () => gpu.Read() is { } memory ? [new Measurement<long>(memory.Used, device)] : Array.Empty<Measurement<long>>(),
                "By",
                "GPU memory in use on the worker's CUDA device.");
        }
    }

    /// <summary>Records one handled batch.</summary>
    public void RecordBatch(string disposition, TimeSpan? queueWait, TimeSpan duration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(disposition);
        var tag = new KeyValuePair<string, object?>("disposition", disposition);
        _batches.Add(1, tag);
        _batchDuration.Record(duration.TotalSeconds, tag);
        if (queueWait is { } wait)
        {
            _queueWait.Record(Math.Max(0, wait.TotalSeconds));
        }
    }

    /// <summary>Records documents of one status.</summary>
    public void RecordDocuments(string status, long count)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(status);
        if (count > 0)
        {
            _documents.Add(count, new KeyValuePair<string, object?>("status", status));
        }
    }

    /// <summary>Records tokens generated.</summary>
    public void RecordTokens(long tokens)
    {
        if (tokens > 0)
        {
            _tokens.Add(tokens);
        }
    }
}
