using AliaBatch.ModelBuilder;
using AliaBatch.ModelBuilder.Decoder;

namespace AliaBatch.Benchmarks.Gpu;

/// <summary>
/// The memory-bandwidth roofline of a decode step. A step at batch B reads every weight once (the input embedding
/// table excepted: only B of its rows are gathered) and every row's cached keys and values:
/// <c>bytes = e × (P − V·H) + B × C × 2 × L × Hkv × d × e</c>, with <c>e</c> bytes per element (2 in fp16), <c>P</c>
/// parameters, <c>V·H</c> the embedding table, <c>C</c> the average context over the decode steps
/// (<c>prompt + new / 2</c>), <c>L</c> layers, <c>Hkv</c> KV heads, <c>d</c> head width. The step cannot be faster than
/// <c>bytes / bandwidth</c>, so decode tokens/s ≤ <c>B × bandwidth / bytes</c>. Activations and logits are left out
/// (small next to the weights), which makes the bound slightly optimistic — a ratio to it is conservative.
/// </summary>
internal static class Roofline
{
    public static double ElementBytes(DecoderSpec spec) => spec.Precision == ModelPrecision.Fp16 ? 2 : 4;

    public static double WeightBytesPerStep(DecoderSpec spec) =>
        ElementBytes(spec) * (spec.ParameterCount - ((long)spec.VocabSize * spec.HiddenSize));

    public static double KvBytesPerToken(DecoderSpec spec) =>
        2.0 * spec.NumHiddenLayers * spec.NumKeyValueHeads * spec.HeadDim * ElementBytes(spec);

    public static double BytesPerStep(DecoderSpec spec, int batch, double averageContext) =>
        WeightBytesPerStep(spec) + (batch * averageContext * KvBytesPerToken(spec));

    public static double TokensPerSecond(DecoderSpec spec, int batch, double averageContext, double bandwidth) =>
        batch * bandwidth / BytesPerStep(spec, batch, averageContext);
}
