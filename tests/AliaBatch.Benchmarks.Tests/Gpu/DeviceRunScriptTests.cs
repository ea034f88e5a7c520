using System.Diagnostics;
using System.Security.Cryptography;
using AliaBatch.Testing;
using Xunit;

namespace AliaBatch.Benchmarks.Tests.Gpu;

/// <summary>
/// bench/gpu/device-run.sh over a bundle laid out as bench/gpu/pack-device-bundle.sh lays it out (an xz tarball cut into
/// parts, each in its own folder with the tarball's hash), whose app is a stub script that records its arguments: the
/// checks, the reassembly and the unpacking are the script's; what runs after is the real benchmark's business.
/// </summary>
public sealed class DeviceRunScriptTests : IDisposable
{
    private const string StubApp = """
        #!/usr/bin/env bash
        arguments="$*"
        out=
        while [ $# -gt 0 ]; do [ "$1" = --out ] && out="$2"; shift; done
        printf 'stub fragment\narguments: %s\nLD_LIBRARY_PATH=%s\n' "$arguments" "${LD_LIBRARY_PATH:-}" > "$out"
        """;

    private readonly TemporaryFolder _root = new("device-run");
    private readonly string _out;
    private readonly string _home;

    public DeviceRunScriptTests()
    {
        var script = _root.Combine("bench", "gpu", "device-run.sh");
        Directory.CreateDirectory(Path.GetDirectoryName(script)!);
        File.Copy(RepositoryPaths.InRepository("bench", "gpu", "device-run.sh"), script);
        _out = _root.Combine("out");
        _home = _root.Combine("home");
    }

    [Fact]
    public async Task Stage_SomePartsSent_ListsThePartsStillMissing()
    {
        // Arrange
        await PackAsync(parts: 3);
        Directory.Delete(PartFolder(1), recursive: true);

        // Act
        var (exitCode, output) = await RunAsync("--stage");

        // Assert
        Assert.Equal(0, exitCode);
        Assert.Contains("1 of 3 parts still to send: .device-bundle/p1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoBundle_FailsSayingHowToMakeOne()
    {
        // Arrange: nothing sent, nothing unpacked

        // Act
        var (exitCode, output) = await RunAsync("--dry-run");

        // Assert
        Assert.Equal(3, exitCode);
        Assert.Contains("bench/gpu/pack-device-bundle.sh", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_PartMissing_FailsNamingItAndRunsNothing()
    {
        // Arrange
        await PackAsync(parts: 3);
        Directory.Delete(PartFolder(2), recursive: true);

        // Act
        var (exitCode, output) = await RunAsync("--dry-run");

        // Assert
        Assert.Equal(3, exitCode);
        Assert.Contains("parts missing: .device-bundle/p2", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_out, "gpu.md")));
    }

    [Fact]
    public async Task Run_PartDamaged_FailsOnTheHash()
    {
        // Arrange
        await PackAsync(parts: 3);
        var slice = Path.Combine(PartFolder(1), "bundle.tar.xz.01");
        var bytes = await File.ReadAllBytesAsync(slice, TestContext.Current.CancellationToken);
        bytes[0] ^= 0xFF;
        await File.WriteAllBytesAsync(slice, bytes, TestContext.Current.CancellationToken);

        // Act
        var (exitCode, output) = await RunAsync("--dry-run");

        // Assert
        Assert.Equal(3, exitCode);
        Assert.Contains("sha256", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_home, "aliabatch-bench")));
    }

    [Fact]
    public async Task Run_AllParts_UnpacksAndRunsTheAppIntoOut()
    {
        // Arrange
        var hash = await PackAsync(parts: 3);

        // Act
        var (exitCode, output) = await RunAsync("--dry-run");

        // Assert
        Assert.True(exitCode == 0, output);
        Assert.StartsWith("stub fragment\n", await File.ReadAllTextAsync(Path.Combine(_out, "gpu.md"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("gpu --out " + Path.Combine(_out, "gpu.md"), output, StringComparison.Ordinal);
        Assert.Contains("--dry-run", output, StringComparison.Ordinal);
        Assert.Equal(hash + "\n", await File.ReadAllTextAsync(Path.Combine(_home, "aliabatch-bench", ".bundle-sha256"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Run_Rerun_UsesTheUnpackedBundleWithoutTheParts()
    {
        // Arrange
        await PackAsync(parts: 2);
        Assert.Equal(0, (await RunAsync("--dry-run")).ExitCode);
        Directory.Delete(_root.Combine(".device-bundle"), recursive: true);
        File.Delete(Path.Combine(_out, "gpu.md"));

        // Act
        var (exitCode, output) = await RunAsync("--dry-run");

        // Assert
        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("unpacked", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_out, "gpu.md")));
    }

    [Fact]
    public async Task Run_OnAGpu_PassesTheCardAndPutsFoundCudaLibrariesOnTheLoaderPath()
    {
        // Arrange: nvidia-smi answers, cuDNN and the CUDA runtime sit in folders the loader does not know
        await PackAsync(parts: 2);
        var fakeSmi = _root.WriteFile(Path.Combine("fake-bin", "nvidia-smi"), "#!/usr/bin/env bash\necho 'NVIDIA H200, 143771 MiB, 580.159.04'\n");
        var cudnn = _root.WriteFile(Path.Combine("cuda", "cudnn", "lib", "libcudnn.so.9"), "not a library");
        var cudart = _root.WriteFile(Path.Combine("cuda", "cu13", "lib", "libcudart.so.13"), "not a library");
        await ShellAsync($"chmod +x '{fakeSmi}'");

        // Act
        var (exitCode, output) = await RunAsync(string.Empty, $"PATH='{Path.GetDirectoryName(fakeSmi)}':\"$PATH\" ALIABATCH_CUDA_SEARCH='{_root.Combine("cuda")}'");

        // Assert
        Assert.True(exitCode == 0, output);
        var fragment = await File.ReadAllTextAsync(Path.Combine(_out, "gpu.md"), TestContext.Current.CancellationToken);
        Assert.Contains("--card NVIDIA H200, 143771 MiB, 580.159.04", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("--dry-run", fragment, StringComparison.Ordinal);
        var loaderPath = fragment.Split('\n').Single(line => line.StartsWith("LD_LIBRARY_PATH=", StringComparison.Ordinal))["LD_LIBRARY_PATH=".Length..].Split(':');
        Assert.Contains(Path.GetDirectoryName(cudnn), loaderPath);
        Assert.Contains(Path.GetDirectoryName(cudart), loaderPath);
        var found = await File.ReadAllTextAsync(Path.Combine(_out, "environment.txt"), TestContext.Current.CancellationToken);
        Assert.Contains($"libcudnn.so.9: {cudnn}", found, StringComparison.Ordinal);
        Assert.Contains("ldd libonnxruntime_providers_cuda.so:", found, StringComparison.Ordinal);
    }

    public void Dispose() => _root.Dispose();

    /// <summary>Packs a stub app as pack-device-bundle.sh packs the real one; returns the tarball's sha256.</summary>
    private async Task<string> PackAsync(int parts)
    {
        using var staging = new TemporaryFolder("device-bundle");
        var app = staging.WriteFile(Path.Combine("aliabatch-bench", "aliabatch-bench"), StubApp.ReplaceLineEndings("\n"));
        staging.WriteFile(Path.Combine("aliabatch-bench", "padding.bin"), RandomNumberGenerator.GetBytes(3000));
        var tarball = staging.Combine("bundle.tar.xz");
        var (exitCode, output) = await ShellAsync($"chmod +x '{app}' && tar -C '{staging.Path}' -cJf '{tarball}' aliabatch-bench");
        Assert.True(exitCode == 0, output);

        var bytes = await File.ReadAllBytesAsync(tarball, TestContext.Current.CancellationToken);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var sliceLength = (bytes.Length + parts - 1) / parts;
        for (var k = 0; k < parts; k++)
        {
            var slice = bytes.AsSpan(k * sliceLength, Math.Min(sliceLength, bytes.Length - (k * sliceLength))).ToArray();
            Directory.CreateDirectory(PartFolder(k));
            await File.WriteAllBytesAsync(Path.Combine(PartFolder(k), $"bundle.tar.xz.{k:D2}"), slice, TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(PartFolder(k), "bundle.sha256"), $"{hash}  bundle.tar.xz\nparts {parts}\n", TestContext.Current.CancellationToken);
        }

        return hash;
    }

    private string PartFolder(int part) => _root.Combine(".device-bundle", $"p{part}");

    /// <summary>Runs the copied script with <paramref name="arguments"/>, after <paramref name="environment"/> (shell assignments).</summary>
    private Task<(int ExitCode, string Output)> RunAsync(string arguments, string environment = "") =>
        ShellAsync($"{environment} OUT='{_out}' ALIABATCH_DEVICE_HOME='{_home}' bash '{_root.Combine("bench", "gpu", "device-run.sh")}' {arguments}");

    private static async Task<(int ExitCode, string Output)> ShellAsync(string command)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await error);
    }
}
