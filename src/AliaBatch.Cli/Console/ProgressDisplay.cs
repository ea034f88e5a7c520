using System.Diagnostics;
using AliaBatch.Pipeline.Jobs;
using Spectre.Console;

namespace AliaBatch.Cli.Console;

/// <summary>
/// Shows job progress on standard error: a live bar on a terminal, plain progress lines (at most every two seconds)
/// when the output is redirected to a file or a CI log.
/// </summary>
internal abstract class ProgressDisplay : IProgress<JobProgress>, IDisposable
{
    public static ProgressDisplay Create(bool enabled) =>
        !enabled ? new Silent()
        : System.Console.IsErrorRedirected ? new PlainLines()
        : new LiveBar();

    public abstract void Report(JobProgress value);

    public virtual void Dispose()
    {
    }

    protected static string Describe(JobProgress p) =>
        $"{p.Done}/{p.Total} files, {p.Failed} failed, {p.DocumentsPerSecond:F1} docs/s" +
        (p.Eta is { } eta && p.Done < p.Total ? $", ETA {eta:hh\\:mm\\:ss}" : string.Empty);

    private sealed class Silent : ProgressDisplay
    {
        public override void Report(JobProgress value)
        {
        }
    }

    private sealed class PlainLines : ProgressDisplay
    {
        private readonly Stopwatch _sinceLast = Stopwatch.StartNew();
        private readonly Lock _gate = new();

        public override void Report(JobProgress value)
        {
            lock (_gate)
            {
                if (value.Done < value.Total && _sinceLast.Elapsed < TimeSpan.FromSeconds(2))
                {
                    return;
                }

                _sinceLast.Restart();
                System.Console.Error.WriteLine($"progress: {Describe(value)}");
            }
        }
    }

    private sealed class LiveBar : ProgressDisplay
    {
        private readonly IAnsiConsole _console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) });
        private readonly Lock _gate = new();
        private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Task _rendering;
        private ProgressTask? _task;

        public LiveBar()
        {
            var ready = new TaskCompletionSource();
            _rendering = _console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    _task = context.AddTask("documents", maxValue: 1);
                    ready.SetResult();
                    await _finished.Task;
                });
            ready.Task.Wait();
        }

        public override void Report(JobProgress value)
        {
            lock (_gate)
            {
                _task!.MaxValue = Math.Max(1, value.Total);
                _task.Value = value.Done;
                _task.Description = Markup.Escape(Describe(value));
            }
        }

        public override void Dispose()
        {
            _finished.TrySetResult();
            _rendering.GetAwaiter().GetResult();
            base.Dispose();
        }
    }
}
