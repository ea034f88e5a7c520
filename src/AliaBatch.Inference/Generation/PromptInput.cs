using AliaBatch.Core.Languages;

namespace AliaBatch.Inference.Generation;

/// <summary>What a template is filled with.</summary>
/// <param name="Text">The source text.</param>
/// <param name="Source">The language of <paramref name="Text"/>.</param>
/// <param name="Target">The language to translate into; unused for summaries.</param>
public sealed record PromptInput(string Text, LanguageTag Source, LanguageTag? Target = null);
