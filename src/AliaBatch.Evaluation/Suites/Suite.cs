namespace AliaBatch.Evaluation.Suites;

/// <summary>A loaded, validated evaluation suite.</summary>
/// <param name="Manifest">The suite's <c>suite.json</c>.</param>
/// <param name="Items">The items of <c>items.jsonl</c>, in file order.</param>
public sealed record Suite(SuiteManifest Manifest, IReadOnlyList<SuiteItem> Items)
{
    /// <summary>The name of the manifest file in a suite folder.</summary>
    public const string ManifestFileName = "suite.json";

    /// <summary>The name of the items file in a suite folder.</summary>
    public const string ItemsFileName = "items.jsonl";

    /// <summary>The suite's identifier.</summary>
    public string Id => Manifest.Id;
}
