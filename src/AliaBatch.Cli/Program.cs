using AliaBatch.Cli;

return await AliaBatchCommandLine.Create().Parse(args).InvokeAsync();
