using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using AliaBatch.Worker.Telemetry;
using Xunit;

namespace AliaBatch.Worker.Tests.Support;

/// <summary>Listens to the <c>AliaBatch.Worker</c> meter(s) and keeps every measurement with its tags.</summary>
internal sealed class MetricsCollector : IDisposable
{
    private readonly MeterListener _listener = new();

    public MetricsCollector()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == WorkerMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    public ConcurrentQueue<(object? Scope, string Instrument, double Value, Dictionary<string, object?> Tags)> Measurements { get; } = new();

    /// <summary>The measurements of one instrument from meters of <paramref name="scope"/> (a meter factory, so parallel tests do not mix).</summary>
    public IReadOnlyList<(double Value, Dictionary<string, object?> Tags)> Of(string instrument, object? scope) =>
        [.. Measurements.Where(m => m.Instrument == instrument && ReferenceEquals(m.Scope, scope)).Select(m => (m.Value, m.Tags))];

    public void Collect() => _listener.RecordObservableInstruments();

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        Measurements.Enqueue((instrument.Meter.Scope, instrument.Name, value, copy));
    }
}
