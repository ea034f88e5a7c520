namespace AliaBatch.ModelBuilder.Tests;

internal sealed class TempFolder : IDisposable
{
    public TempFolder() =>
        Path = Directory.CreateTempSubdirectory("aliabatch-modelbuilder-").FullName;

    public string Path { get; }

    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
