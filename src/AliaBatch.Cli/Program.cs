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

return await parse.InvokeAsync();
