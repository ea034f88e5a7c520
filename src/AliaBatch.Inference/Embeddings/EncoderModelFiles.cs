namespace AliaBatch.Inference.Embeddings;

/// <summary>The files of a BERT-style encoder: the ONNX graph and its WordPiece vocabulary.</summary>
/// <param name="ModelPath">Path of <c>model.onnx</c>.</param>
/// <param name="VocabularyPath">Path of <c>vocab.txt</c>.</param>
public sealed record EncoderModelFiles(string ModelPath, string VocabularyPath);
