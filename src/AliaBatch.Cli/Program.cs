using System.CommandLine;
using AliaBatch.Cli;

var parse = AliaBatchCommandLine.Create().Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine("Run 'aliabatch <command> --help' for usage.");
    return ExitCodes.InvalidRequest;
}

try
{
    return await parse.InvokeAsync(new InvocationConfiguration
    {
        EnableDefaultExceptionHandler = false,
        // Ctrl+C cancels the command's token; give a job or 'serve' time to stop cleanly before the process is ended.
        ProcessTerminationTimeout = TimeSpan.FromSeconds(30),
    });
}
catch (OperationCanceledException)
{
    return ExitCodes.Cancelled;
}
catch (Exception exception) when (exception is InvalidOperationException or IOException or InvalidDataException or UnauthorizedAccessException)
{
    // Models that cannot be loaded, a GPU that is required but missing, unreadable files: one line, no stack trace.
    Console.Error.WriteLine($"error: {exception.Message}");
    return ExitCodes.Failed;
}
