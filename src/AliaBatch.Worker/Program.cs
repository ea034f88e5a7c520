using AliaBatch.Worker;
using AliaBatch.Worker.Health;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateSlimBuilder(args);
builder.AddAliaBatchWorker();
try
{
    await using var app = builder.Build();
    app.MapAliaBatchWorkerHealth();
    await app.RunAsync();
}
catch (OptionsValidationException exception)
{
    await Console.Error.WriteLineAsync(exception.Message);
    return ExitCodes.InvalidSettings;
}

return Environment.ExitCode;
