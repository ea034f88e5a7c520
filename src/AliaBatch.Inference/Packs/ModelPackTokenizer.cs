namespace AliaBatch.Inference.Packs;

/// <summary>The pack's tokenizer: its kind and the files it reads, the main file first.</summary>
/// <param name="Kind">Which tokenizer implementation loads the files.</param>
/// <param name="Files">Paths relative to the pack folder, e.g. <c>tokenizer.json</c>, <c>tokenizer_config.json</c>.</param>
public sealed record ModelPackTokenizer(TokenizerKind Kind, IReadOnlyList<string> Files);
