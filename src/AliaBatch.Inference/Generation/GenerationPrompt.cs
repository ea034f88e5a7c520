namespace AliaBatch.Inference.Generation;

/// <summary>A rendered prompt and the phrases its output must contain (e.g. glossary terms).</summary>
/// <param name="Text">The prompt, already rendered with a <see cref="PromptTemplate"/>.</param>
/// <param name="RequiredPhrases">Texts the generated output must contain; empty for none.</param>
public sealed record GenerationPrompt(string Text, IReadOnlyList<string> RequiredPhrases)
{
    /// <summary>A prompt without required phrases.</summary>
    public GenerationPrompt(string text)
        : this(text, [])
    {
    }
}
