using AliaBatch.Inference.Packs;
using AliaBatch.ModelBuilder.Decoder;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Worker.Tests.Support;

/// <summary>A folder of packs holding one tiny generated decoder, <see cref="DecoderPackId"/>, built once for the assembly.</summary>
public sealed class PackFixture : IAsyncLifetime
{
    public const string DecoderPackId = "tiny-decoder";

    private readonly TemporaryFolder _folder = new("worker-packs");

    public string PacksFolder => _folder.Combine("packs");

    public ModelPack Decoder { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var export = _folder.Combine("export");
        DecoderModelBuilder.Build(new DecoderSpec(), export, seed: 11);
        Decoder = await ModelPackImporter.ImportAsync(export, PacksFolder, new ModelPackImportOptions
        {
            Id = DecoderPackId,
            Family = "salamandra-ta",
            Tasks = [ModelPackTask.Translate, ModelPackTask.Summarize],
        });
    }

    /// <summary>A copy of the packs folder that a test may damage.</summary>
    public string CopyPacks(TemporaryFolder into)
    {
        var target = into.Combine("packs-copy");
        foreach (var file in Directory.EnumerateFiles(PacksFolder, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(PacksFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    public ValueTask DisposeAsync()
    {
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
