using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Xunit;

namespace AliaBatch.Worker.Tests.Support;

/// <summary>Keeps every log message of the host it is added to, so a test can wait for an event.</summary>
internal sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<(int EventId, string Message)> _entries = new();

    public ILogger CreateLogger(string categoryName) => new Logger(_entries);

    /// <summary>Waits for an event id; throws after two minutes.</summary>
    public async Task<string> WaitForEventAsync(int eventId)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        while (true)
        {
            foreach (var entry in _entries)
            {
                if (entry.EventId == eventId)
                {
                    return entry.Message;
                }
            }

            await Task.Delay(20, timeout.Token);
        }
    }

    public bool Has(int eventId) => _entries.Any(e => e.EventId == eventId);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<(int EventId, string Message)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((eventId.Id, formatter(state, exception)));
    }
}
