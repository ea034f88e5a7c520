using AliaBatch.Benchmarks.Corpus;
using AliaBatch.Benchmarks.Measurement;
using AliaBatch.Inference.Embeddings;
using AliaBatch.Inference.Generation;
using AliaBatch.Inference.Tokenization;

namespace AliaBatch.Benchmarks.Generation;

internal sealed partial class GenerationBenchmark
{
    /// <summary>
    /// Prompt lengths are the encoder benchmark's Spanish sentences measured with a real subword tokenizer (MiniLM's
    /// WordPiece, specials included): the segment-length mix the translation pipeline batches.
    /// </summary>
    private PaddingResults MeasurePadding()
    {
        var texts = SpanishCorpus.Generate(settings.PaddingSentences, settings.Seed);
        var files = MiniLmModel.Extract(settings.ModelCacheDirectory);
        var tokenizer = WordPieceTextTokenizer.FromFile(files.VocabularyPath);
        var lengths = texts.Select(t => tokenizer.Encode(t, addSpecialTokens: true, MiniLmModel.MaxSequenceLength).Count).ToArray();
        var budget = new GenerationOptions().TokenBudget;
        var comparisons = new List<PaddingComparison>();
        foreach (var batch in settings.PaddingBatchSizes)
        {
            var arrival = Statistics.ArrivalBatches(lengths.Length, batch).ToArray();
            var planned = LengthBatches.Plan(lengths, budget, batch);
            comparisons.Add(new PaddingComparison(
                batch,
                arrival.Length,
                Statistics.PaddingEfficiency(lengths, arrival),
                planned.Count,
                Statistics.PaddingEfficiency(lengths, planned)));
        }

        return new PaddingResults(lengths.Length, lengths.Min(), lengths.Max(), lengths.Average(), budget, comparisons);
    }
}
