using static AliaBatch.Inference.Tests.ProtoWriter;

namespace AliaBatch.Inference.Tests.Tokenization;

/// <summary>
/// Writes the tiny Salamandra-style vocabulary as a SentencePiece BPE <c>tokenizer.model</c> (hand-encoded
/// sentencepiece_model.proto: merged pieces scored by merge rank, byte pieces, byte fallback).
/// </summary>
internal static class TinySentencePieceModel
{
    private const int Normal = 1;
    private const int Unknown = 2;
    private const int Control = 3;
    private const int UserDefined = 4;
    private const int Byte = 6;

    public static string Write(TempDirectory directory)
    {
        var merged = TinySalamandraTokenizer.Merges
            .Select((m, rank) => (Piece: m.Left + m.Right, Rank: rank))
            .GroupBy(m => m.Piece)
            .ToDictionary(g => g.Key, g => g.First().Rank);
        var model = new List<byte>();
        foreach (var (piece, id) in TinySalamandraTokenizer.Vocabulary().OrderBy(t => t.Value))
        {
            var type = id switch
            {
                0 => Unknown,
                < 4 => Control,
                < 6 => UserDefined,
                < 262 => Byte,
                _ => Normal,
            };
            var score = merged.TryGetValue(piece, out var rank) ? -rank : -1000 - id;
            model.AddRange(Msg(1, [.. Str(1, piece), .. FloatField(2, score), .. VarintField(3, type)]));
        }

        const int Bpe = 2;
        model.AddRange(Msg(2, [.. VarintField(3, Bpe), .. VarintField(35, 1), .. VarintField(40, 0), .. VarintField(41, 1), .. VarintField(42, 2), .. VarintField(43, 3)]));
        model.AddRange(Msg(3, [.. Str(1, "identity"), .. VarintField(3, 1), .. VarintField(4, 0), .. VarintField(5, 1)]));
        var path = Path.Combine(directory.Path, "tokenizer.model");
        File.WriteAllBytes(path, [.. model]);
        return path;
    }
}
