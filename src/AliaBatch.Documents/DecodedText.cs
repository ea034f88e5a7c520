namespace AliaBatch.Documents;

/// <summary>Decoded text and the name of the encoding it was decoded with.</summary>
internal sealed record DecodedText(string Text, string EncodingName);
