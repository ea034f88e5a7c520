namespace AliaBatch.Inference.Tokenization;

/// <summary>Where padding goes in a batch: encoders pad right, decoders generating text pad left.</summary>
public enum PaddingSide
{
    /// <summary>Padding after the tokens.</summary>
    Right,

    /// <summary>Padding before the tokens, so every sequence ends at the last position.</summary>
    Left,
}
