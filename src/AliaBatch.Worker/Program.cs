using AliaBatch.Worker;
using AliaBatch.Worker.Health;

var builder = WebApplication.CreateSlimBuilder(args);
builder.AddAliaBatchWorker();
await using var app = builder.Build();
app.MapAliaBatchWorkerHealth();
await app.RunAsync();
return Environment.ExitCode;
