using AliaBatch.Text.Segmentation;

namespace AliaBatch.Text.Chunking;

/// <summary>
/// Groups sentences into chunks that fit a model's token budget, for translation and summarisation
/// of documents longer than one context window.
/// </summary>
public static partial class TextChunker
{
    /// <summary>
    /// Packs consecutive sentences greedily into chunks of at most <paramref name="tokenBudget"/> tokens.
    /// A sentence is never split unless it alone exceeds the budget; then it is cut on word boundaries
    /// (and a single word longer than the budget on character boundaries). With
    /// <paramref name="overlapSentences"/> above zero each chunk repeats up to that many trailing
    /// sentences of the previous one, fewer where the budget leaves no room for a new sentence.
    /// </summary>
    /// <param name="sentences">The sentences, in order.</param>
    /// <param name="countTokens">Counts the tokens of a text, e.g. the model's tokenizer.</param>
    /// <param name="tokenBudget">The most tokens a chunk may hold; at least 1.</param>
    /// <param name="overlapSentences">How many sentences consecutive chunks share; 0 for none.</param>
    /// <returns>The chunks, in order, covering every sentence.</returns>
    public static IReadOnlyList<TextChunk> Chunk(IReadOnlyList<Sentence> sentences, Func<string, int> countTokens, int tokenBudget, int overlapSentences = 0)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(countTokens);
        ArgumentOutOfRangeException.ThrowIfLessThan(tokenBudget, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(overlapSentences);

        var tokens = new int[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            tokens[s] = countTokens(sentences[s].Text);
        }

        var chunks = new List<TextChunk>();
        var start = 0;
        var nextNew = 0;
        while (nextNew < sentences.Count)
        {
            if (tokens[nextNew] > tokenBudget)
            {
                SplitSentence(sentences[nextNew].Text, nextNew, countTokens, tokenBudget, chunks);
                nextNew++;
                start = nextNew;
                continue;
            }

            var sum = 0;
            for (var s = start; s < nextNew; s++)
            {
                sum += tokens[s];
            }

            while (sum + tokens[nextNew] > tokenBudget)
            {
                sum -= tokens[start++];
            }

            var end = nextNew;
            while (end < sentences.Count && sum + tokens[end] <= tokenBudget)
            {
                sum += tokens[end++];
            }

            var chunk = Measure(sentences, start, end, nextNew, countTokens, tokenBudget);
            chunks.Add(chunk);
            nextNew = chunk.FirstSentence + chunk.SentenceCount;
            start = Math.Max(chunk.FirstSentence + 1, nextNew - overlapSentences);
        }

        return chunks;
    }

    /// <summary>
    /// Joins sentences [start, end) and counts the joined text, dropping trailing (then leading overlap)
    /// sentences while it is over budget: a tokenizer may count a joined text differently from the sum
    /// of its parts. At least one sentence from <paramref name="firstNew"/> on is kept.
    /// </summary>
    private static TextChunk Measure(IReadOnlyList<Sentence> sentences, int start, int end, int firstNew, Func<string, int> countTokens, int tokenBudget)
    {
        while (true)
        {
            var text = Join(sentences, start, end);
            var count = countTokens(text);
            if (count <= tokenBudget || (end - start == 1))
            {
                return new TextChunk(text, start, end - start, count);
            }

            if (end - 1 > firstNew)
            {
                end--;
            }
            else
            {
                start++;
            }
        }
    }

    private static string Join(IReadOnlyList<Sentence> sentences, int start, int end)
    {
        if (end - start == 1)
        {
            return sentences[start].Text;
        }

        var parts = new string[end - start];
        for (var s = start; s < end; s++)
        {
            parts[s - start] = sentences[s].Text;
        }

        return string.Join(' ', parts);
    }
}
