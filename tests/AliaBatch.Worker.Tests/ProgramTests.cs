using AliaBatch.Testing;
using AliaBatch.Worker.Tests.Support;
using Xunit;

namespace AliaBatch.Worker.Tests;

/// <summary>The worker as a real process: start-up failures and their exit codes.</summary>
public sealed class ProgramTests(PackFixture packs) : IDisposable
{
    private readonly TemporaryFolder _work = new("worker-program");

    [Fact]
    public async Task Main_ConfiguredPackMissing_ExitsModelsUnavailableWithOneLineNamingThePack()
    {
        using var worker = AppProcess.StartWorker(_work.Path, Settings(packs.PacksFolder, "no-such-pack"));

        var exitCode = await worker.WaitForExitAsync(TimeSpan.FromMinutes(2));

        Assert.True(exitCode == ExitCodes.ModelsUnavailable, worker.Output);
        var line = Assert.Single(worker.Output.Split('\n'), l => l.Contains("is unavailable", StringComparison.Ordinal));
        Assert.Contains("Model pack no-such-pack is unavailable", line, StringComparison.Ordinal);
        Assert.Contains("does not exist", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Main_PackFileCorrupt_ExitsModelsUnavailableNamingPackAndFile()
    {
        var source = packs.CopyPacks(_work);
        var model = Path.Combine(source, PackFixture.DecoderPackId, "model.onnx");
        var bytes = await File.ReadAllBytesAsync(model, TestContext.Current.CancellationToken);
        bytes[^1] ^= 0xFF;
        await File.WriteAllBytesAsync(model, bytes, TestContext.Current.CancellationToken);
        using var worker = AppProcess.StartWorker(_work.Path, Settings(source, PackFixture.DecoderPackId));

        var exitCode = await worker.WaitForExitAsync(TimeSpan.FromMinutes(2));

        Assert.True(exitCode == ExitCodes.ModelsUnavailable, worker.Output);
        var line = Assert.Single(worker.Output.Split('\n'), l => l.Contains("is unavailable", StringComparison.Ordinal));
        Assert.Contains($"Model pack {PackFixture.DecoderPackId} is unavailable", line, StringComparison.Ordinal);
        Assert.Contains("model.onnx", line, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_work.Combine("cache"), PackFixture.DecoderPackId, "model.onnx")));
    }

    [Fact]
    public async Task Main_InvalidSetting_ExitsInvalidSettingsNamingTheKey()
    {
        var settings = Settings(packs.PacksFolder, PackFixture.DecoderPackId);
        settings["AliaBatch__Worker__ConcurrentBatches"] = "0";
        using var worker = AppProcess.StartWorker(_work.Path, settings);

        var exitCode = await worker.WaitForExitAsync(TimeSpan.FromMinutes(2));

        Assert.True(exitCode == ExitCodes.InvalidSettings, worker.Output);
        Assert.Contains("AliaBatch:Worker:ConcurrentBatches must be between 1 and 64.", worker.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _work.Dispose();

    private Dictionary<string, string> Settings(string packsFolder, string pack) => new()
    {
        ["AliaBatch__Models__SourceFolder"] = packsFolder,
        ["AliaBatch__Worker__ModelCacheDirectory"] = _work.Combine("cache"),
        ["AliaBatch__Worker__TranslationPack"] = pack,
        ["AliaBatch__Inference__ExecutionProvider"] = "Cpu",
    };
}
