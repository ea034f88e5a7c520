namespace AliaBatch.Benchmarks.Encoder;

/// <summary>
/// The tokenised corpus handed to the JavaScript side (<c>tokens.json</c>), so transformers.js runs on exactly the ids
/// the C# paths compute, plus our embeddings of the first sentences to check its outputs against.
/// </summary>
/// <param name="ModelPath">The <c>model.onnx</c> both sides load.</param>
/// <param name="Ids">Word-piece ids per sentence, [CLS] and [SEP] included.</param>
/// <param name="ReferenceEmbeddings">Our unit-length embeddings of the first sentences.</param>
internal sealed record EncoderInputs(string ModelPath, IReadOnlyList<IReadOnlyList<int>> Ids, IReadOnlyList<float[]> ReferenceEmbeddings);
