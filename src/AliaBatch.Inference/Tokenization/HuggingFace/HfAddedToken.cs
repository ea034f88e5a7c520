namespace AliaBatch.Inference.Tokenization.HuggingFace;

/// <summary>An entry of <c>added_tokens</c>: matched in the raw text before normalisation, encoded as one id.</summary>
internal sealed record HfAddedToken(int Id, string Content, bool Special, bool LeftStrip, bool RightStrip);
