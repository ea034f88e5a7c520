using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace AliaBatch.Testing;

/// <summary>
/// Starts a real Azurite (npm package <c>azurite</c>, installed by <c>npm ci</c> at the repository root) on 127.0.0.1,
/// on free ports, with its data in a temporary folder, for the lifetime of a test assembly.
/// Set <c>ALIABATCH_TEST_AZURITE</c> to an existing Azurite connection string to reuse a running one.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>The well-known Azurite development account key.</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly TemporaryFolder _data = new("azurite");
    private Process? _process;

    /// <summary>Connection string for blobs and queues.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>Blob port.</summary>
    public int BlobPort { get; private set; }

    /// <summary>Queue port.</summary>
    public int QueuePort { get; private set; }

    /// <summary>Table port.</summary>
    public int TablePort { get; private set; }

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        var existing = Environment.GetEnvironmentVariable("ALIABATCH_TEST_AZURITE");
        if (!string.IsNullOrWhiteSpace(existing))
        {
            ConnectionString = existing;
            return;
        }

        var executable = RepositoryPaths.InRepository("node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Azurite is not installed at {executable}. Run 'npm ci' in {RepositoryPaths.Root} (the README's test command does this).");
        }

        (BlobPort, QueuePort, TablePort) = (LoopbackPorts.Free(), LoopbackPorts.Free(), LoopbackPorts.Free());
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--silent", "--skipApiVersionCheck", "--loose", "--location", _data.Path,
            "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitForPortsAsync();
        ConnectionString =
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            $"AccountKey={AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;" +
            $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process?.Dispose();
        _data.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task WaitForPortsAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            while (true)
            {
                if (_process!.HasExited)
                {
                    throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} before listening on port {port}.");
                }

                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, port);
                    break;
                }
                catch (SocketException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(100);
                }
            }
        }
    }
}
