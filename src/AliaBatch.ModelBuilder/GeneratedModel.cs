namespace AliaBatch.ModelBuilder;

/// <summary>The files a model builder wrote.</summary>
/// <param name="Folder">The output folder, laid out like a Hugging Face / Optimum ONNX export.</param>
/// <param name="ModelPath">Path of <c>model.onnx</c>.</param>
/// <param name="Files">Every file written, <c>model.onnx</c> first.</param>
public sealed record GeneratedModel(string Folder, string ModelPath, IReadOnlyList<string> Files);
