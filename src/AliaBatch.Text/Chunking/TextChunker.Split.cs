namespace AliaBatch.Text.Chunking;

public static partial class TextChunker
{
    /// <summary>Cuts one over-long sentence into pieces of at most the budget, on word boundaries where possible.</summary>
    private static void SplitSentence(string sentence, int index, Func<string, int> countTokens, int tokenBudget, List<TextChunk> chunks)
    {
        var words = sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var piece = new List<string>();
        var estimate = 0;
        foreach (var word in words)
        {
            var wordTokens = countTokens(word);
            if (wordTokens > tokenBudget)
            {
                Flush(piece, index, countTokens, tokenBudget, chunks);
                estimate = 0;
                SplitWord(word, index, countTokens, tokenBudget, chunks);
                continue;
            }

            if (estimate + wordTokens > tokenBudget)
            {
                Flush(piece, index, countTokens, tokenBudget, chunks);
                estimate = 0;
            }

            piece.Add(word);
            estimate += wordTokens;
        }

        Flush(piece, index, countTokens, tokenBudget, chunks);
    }

    /// <summary>Emits the words gathered so far, moving trailing words to a later piece while the joined text is over budget.</summary>
    private static void Flush(List<string> piece, int index, Func<string, int> countTokens, int tokenBudget, List<TextChunk> chunks)
    {
        while (piece.Count > 0)
        {
            var take = piece.Count;
            var text = string.Join(' ', piece);
            var count = countTokens(text);
            while (count > tokenBudget && take > 1)
            {
                take--;
                text = string.Join(' ', piece.GetRange(0, take));
                count = countTokens(text);
            }

            chunks.Add(new TextChunk(text, index, 1, count));
            piece.RemoveRange(0, take);
        }
    }

    /// <summary>Cuts a word with more tokens than the budget into the longest character runs that fit.</summary>
    private static void SplitWord(string word, int index, Func<string, int> countTokens, int tokenBudget, List<TextChunk> chunks)
    {
        var start = 0;
        while (start < word.Length)
        {
            var length = word.Length - start;
            var count = countTokens(word.Substring(start, length));
            while (count > tokenBudget && length > 1)
            {
                length = Math.Max(1, Math.Min(length - 1, length * tokenBudget / count));
                count = countTokens(word.Substring(start, length));
            }

            if (length < word.Length - start && char.IsHighSurrogate(word[start + length - 1]) && length > 1)
            {
                length--;
                count = countTokens(word.Substring(start, length));
            }

            chunks.Add(new TextChunk(word.Substring(start, length), index, 1, count));
            start += length;
        }
    }
}
