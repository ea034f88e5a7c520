namespace AliaBatch.Inference.Packs;

public sealed partial class ModelPack
{
    /// <summary>
    /// Checks that every file listed in the manifest exists with the listed size and SHA-256 (streamed) and, when
    /// <paramref name="loadOnnx"/> is true, that ONNX Runtime loads the graph on the CPU.
    /// </summary>
    public async Task<ModelPackVerification> VerifyAsync(bool loadOnnx = false, CancellationToken cancellationToken = default)
    {
        var problems = new List<ModelPackProblem>();
        foreach (var file in Manifest.Files)
        {
            var path = GetFullPath(file.Path);
            if (!File.Exists(path))
            {
                problems.Add(new ModelPackProblem(file.Path, $"File '{file.Path}' listed in model.json is missing from {Folder} (expected SHA-256 {file.Sha256}, {file.Size} bytes)."));
                continue;
            }

            var (sha256, size) = await FileHash.ComputeAsync(path, cancellationToken);
            if (FileHash.Mismatch(file, sha256, size, Folder) is { } message)
            {
                problems.Add(new ModelPackProblem(file.Path, message));
            }
        }

        if (loadOnnx && problems.Count == 0)
        {
            TryLoadGraph(problems);
        }

        return new ModelPackVerification(Folder, Manifest.Files.Count, problems);
    }

    private void TryLoadGraph(List<ModelPackProblem> problems)
    {
        try
        {
            using var factory = MetadataSessions.Create();
            factory.GetSession(ModelPath);
        }
        catch (InvalidDataException exception)
        {
            problems.Add(new ModelPackProblem(Manifest.Model, $"ONNX file '{Manifest.Model}' in {Folder} is corrupt: {exception.Message}"));
        }
    }
}
