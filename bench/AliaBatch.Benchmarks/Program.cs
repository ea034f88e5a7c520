using AliaBatch.Benchmarks;

return await BenchmarkCommandLine.Create().Parse(args).InvokeAsync();
