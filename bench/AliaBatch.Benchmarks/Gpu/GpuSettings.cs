using AliaBatch.ModelBuilder;
using AliaBatch.ModelBuilder.Decoder;

namespace AliaBatch.Benchmarks.Gpu;

/// <summary>What the GPU benchmark runs: the salamandra-2b-shaped fp16 decoder on CUDA, or a tiny one on the CPU for a dry run.</summary>
internal sealed record GpuSettings
{
    /// <summary>H100 SXM HBM3 bandwidth in bytes/s, the roofline the issue asks for.</summary>
    public const double H100BandwidthBytesPerSecond = 3.35e12;

    public static DecoderSpec Salamandra2BFp16 { get; } = DecoderSpec.Salamandra2B with { Precision = ModelPrecision.Fp16 };

    /// <summary>A tiny fp16 decoder that exercises the same code path on the CPU in seconds.</summary>
    public static DecoderSpec DryRunSpec { get; } = new() { Precision = ModelPrecision.Fp16, MaxPositionEmbeddings = 512 };

    /// <summary>The small decoder of the parity check (<see cref="GpuParity"/>), built in fp32 and in fp16.</summary>
    public static DecoderSpec ParitySpec { get; } = new() { MaxPositionEmbeddings = 512 };

    public required DecoderSpec Spec { get; init; }

    public required bool DryRun { get; init; }

    /// <summary>The card's name (from <c>nvidia-smi</c>), written in the fragment.</summary>
    public required string Card { get; init; }

    public int DeviceId { get; init; }

    public int Seed { get; init; } = 20_240_611;

    public int Runs { get; init; } = 3;

    public int PromptTokens { get; init; } = 128;

    public int NewTokens { get; init; } = 64;

    public IReadOnlyList<int> BatchSizes { get; init; } = [1, 8, 32, 64];

    /// <summary>Batch sizes not started once this much time has passed, so the command ends inside the script's limit.</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromMinutes(6);

    public double BandwidthBytesPerSecond { get; init; } = H100BandwidthBytesPerSecond;
}
