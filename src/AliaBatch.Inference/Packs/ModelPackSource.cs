namespace AliaBatch.Inference.Packs;

/// <summary>Where the weights came from, for provenance.</summary>
/// <param name="Repository">Hugging Face repository, e.g. <c>BSC-LT/salamandraTA-7b-instruct</c>.</param>
/// <param name="Revision">Commit or tag the export was made from.</param>
public sealed record ModelPackSource(string? Repository, string? Revision);
