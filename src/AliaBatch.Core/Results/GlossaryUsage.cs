namespace AliaBatch.Core.Results;

/// <summary>How a request glossary was applied to one translation target, recorded in its <c>glossary:{target}</c> stage.</summary>
/// <param name="Sha256">SHA-256 of the glossary's entries, so a result names exactly the glossary it used.</param>
/// <param name="Terms">Entries in the glossary.</param>
/// <param name="Matches">Glossary terms found in the source segments (each requires its translation in the output).</param>
/// <param name="Hits">Required translations present in the output.</param>
public sealed record GlossaryUsage(string Sha256, int Terms, int Matches, int Hits);
