namespace AliaBatch.Text.Chunking;

/// <summary>A run of whole sentences (or a piece of one over-long sentence) that fits a token budget.</summary>
/// <param name="Text">The sentences joined by single spaces.</param>
/// <param name="FirstSentence">The index of the first sentence in the list passed to <see cref="TextChunker.Chunk"/>.</param>
/// <param name="SentenceCount">How many sentences the chunk covers; 1 for a piece of a split sentence.</param>
/// <param name="Tokens">The token count of <paramref name="Text"/>, at most the budget.</param>
public sealed record TextChunk(string Text, int FirstSentence, int SentenceCount, int Tokens);
