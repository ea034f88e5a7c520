namespace AliaBatch.ModelBuilder.Decoder;

/// <summary>Which exporter's input list a generated decoder imitates.</summary>
public enum DecoderLayout
{
    /// <summary>Optimum <c>text-generation-with-past</c> (current): the caller supplies <c>position_ids</c>.</summary>
    OptimumWithPast,

    /// <summary>
    /// No <c>position_ids</c> input, as onnxruntime-genai builder outputs: positions are derived inside the graph
    /// from the attention mask (<c>cumsum(mask) - 1</c>, padded slots 1, last <c>sequence_length</c> columns).
    /// </summary>
    DerivedPositions,
}
