namespace AliaBatch.Text.Segmentation;

/// <summary>One sentence of a paragraph.</summary>
/// <param name="Text">The sentence, exactly as it appears in the paragraph.</param>
/// <param name="Start">Its offset in the paragraph passed to <see cref="SentenceSegmenter.Split"/>.</param>
/// <param name="Length">Its length; whitespace between sentences belongs to no sentence.</param>
public sealed record Sentence(string Text, int Start, int Length);
