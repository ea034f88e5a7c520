using AliaBatch.Inference.Generation;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Inference.Tests.Generation;

public sealed class GenerationDefaultsTests
{
    [Fact]
    public void Read_GenAiFolder_TakesIdsFromGenAiConfig()
    {
        var defaults = GenerationDefaults.Read(Path.Combine(RepositoryPaths.SharedExternal, "tiny-llama-fp16"));

        Assert.Equal([1], defaults.EosTokenIds);
        Assert.Equal(2, defaults.PadTokenId);
    }

    [Fact]
    public void Read_SingleIdInConfigJson_ReturnsItAsAList()
    {
        using var folder = new TempDirectory();
        folder.Write("config.json", "{\"eos_token_id\": 7}"u8.ToArray());

        var defaults = GenerationDefaults.Read(folder.Path);

        Assert.Equal([7], defaults.EosTokenIds);
        Assert.Null(defaults.PadTokenId);
    }

    [Fact]
    public void Read_NoEosAnywhere_ThrowsNamingTheFolder()
    {
        using var folder = new TempDirectory();

        var ex = Assert.Throws<InvalidDataException>(() => GenerationDefaults.Read(folder.Path));

        Assert.Contains(folder.Path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GenAiFolder_TakesTheContextLengthFromGenAiConfig()
    {
        var defaults = GenerationDefaults.Read(Path.Combine(RepositoryPaths.SharedExternal, "tiny-llama-fp16"));

        Assert.Equal(2048, defaults.ContextLength);
    }

    [Fact]
    public void ReadContextLength_ConfigJson_TakesMaxPositionEmbeddings()
    {
        using var folder = new TempDirectory();
        folder.Write("config.json", "{\"eos_token_id\": 7, \"max_position_embeddings\": 4096}"u8.ToArray());

        Assert.Equal(4096, GenerationDefaults.Read(folder.Path).ContextLength);
    }

    [Fact]
    public void ReadContextLength_NoLengthDeclared_ReturnsNull()
    {
        using var folder = new TempDirectory();
        folder.Write("config.json", "{\"eos_token_id\": 7}"u8.ToArray());

        Assert.Null(GenerationDefaults.ReadContextLength(folder.Path));
    }
}
