namespace AliaBatch.Evaluation.Suites;

/// <summary>Where a suite's texts come from and under which terms they may be used.</summary>
/// <param name="Name">The source, e.g. the package and files the items were taken from.</param>
/// <param name="Licence">The licence or terms of use of the texts.</param>
/// <param name="Url">Where the source can be obtained.</param>
public sealed record SuiteDataSource(string Name, string Licence, string? Url = null);
