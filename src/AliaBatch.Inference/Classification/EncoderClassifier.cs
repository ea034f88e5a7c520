using System.Numerics.Tensors;
using AliaBatch.Inference.Embeddings;
using AliaBatch.Inference.Sessions;
using AliaBatch.Inference.Tokenization;

namespace AliaBatch.Inference.Classification;

/// <summary>
/// Text classification with an Optimum <c>text-classification</c> export (BERT, RoBERTa, XLM-R):
/// <c>input_ids</c>, <c>attention_mask</c> [and <c>token_type_ids</c>] → <c>logits [batch, labels]</c>.
/// Thread-safe; the session belongs to the <see cref="OnnxSessionFactory"/> that created it.
/// </summary>
public sealed class EncoderClassifier
{
    private readonly EncoderRunner _runner;
    private readonly string _outputName;
    private readonly ClassificationMode _mode;
    private readonly float _threshold;

    /// <summary>Creates a classifier.</summary>
    /// <param name="session">The exported model.</param>
    /// <param name="tokenizer">The model's tokenizer.</param>
    /// <param name="labels">Label names in logit order (the model's <c>id2label</c>).</param>
    /// <param name="mode">Softmax (one label) or sigmoid (multi-label).</param>
    /// <param name="threshold">The multi-label decision threshold on sigmoid probabilities.</param>
    /// <param name="options">Truncation and batching limits.</param>
    public EncoderClassifier(
        OnnxModelSession session,
        ITextTokenizer tokenizer,
        IReadOnlyList<string> labels,
        ClassificationMode mode = ClassificationMode.SingleLabel,
        float threshold = 0.5f,
        EncoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(labels.Count, 1, nameof(labels));
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1f);
        _runner = new EncoderRunner(session, tokenizer, options ?? new EncoderOptions());
        _outputName = session.OutputNames.FirstOrDefault(n => n == "logits")
            ?? session.OutputNames.FirstOrDefault(n => session.OutputMetadata[n].Dimensions.Length == 2)
            ?? throw new InvalidDataException($"Classifier model '{session.ModelPath}' has no [batch, labels] logits output.");
        var declared = session.OutputMetadata[_outputName].Dimensions[^1];
        if (declared > 0 && declared != labels.Count)
        {
            throw new ArgumentException($"Classifier model '{session.ModelPath}' has {declared} logits but {labels.Count} labels were given.", nameof(labels));
        }

        Labels = [.. labels];
        _mode = mode;
        _threshold = threshold;
    }

    /// <summary>The label names in logit order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Classifies one text.</summary>
    public ClassificationResult Classify(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ClassifyBatch([text], cancellationToken)[0];
    }

    /// <summary>Classifies texts in length-bucketed forward passes; results come back in input order.</summary>
    public IReadOnlyList<ClassificationResult> ClassifyBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var results = new ClassificationResult[texts.Count];
        var count = Labels.Count;
        _runner.Run(texts, _outputName, (pass, _, output) =>
        {
            var logits = output.GetTensorDataAsSpan<float>();
            if (logits.Length != pass.Length * count)
            {
                throw new InvalidDataException($"Classifier model '{_runner.Session.ModelPath}' returned {logits.Length / pass.Length} logits per row for {count} labels.");
            }

            var probabilities = new float[count]; // one per pass: passes may run at once
            for (var row = 0; row < pass.Length; row++)
            {
                var rowLogits = logits.Slice(row * count, count);
                if (_mode == ClassificationMode.SingleLabel)
                {
                    TensorPrimitives.SoftMax(rowLogits, probabilities);
                    results[pass[row]] = ClassificationResult.SingleLabel(Labels, probabilities);
                }
                else
                {
                    TensorPrimitives.Sigmoid(rowLogits, probabilities);
                    results[pass[row]] = ClassificationResult.MultiLabel(Labels, probabilities, _threshold);
                }
            }
        }, cancellationToken);
        return results;
    }
}
