using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace AliaBatch.Benchmarks.Storage;

/// <summary>
/// A private Azurite (the repository's <c>node_modules/.bin</c>, installed by <c>npm ci</c>) on free loopback ports with
/// in-memory persistence, so disk noise from other work stays out of the figures: the blob service alone, or blob,
/// queue and table services for the durable backend.
/// </summary>
internal sealed class AzuriteProcess : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly Process _process;

    private AzuriteProcess(Process process, string connectionString)
    {
        _process = process;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    /// <summary>Where <c>npm ci</c> installs the blob service's launcher.</summary>
    public static string BlobExecutable(string repositoryRoot) => Path.Combine(repositoryRoot, "node_modules", ".bin", "azurite-blob");

    /// <summary>Starts the blob service only.</summary>
    public static Task<AzuriteProcess> StartAsync(string repositoryRoot, CancellationToken cancellationToken = default)
    {
        var port = FreePort();
        return StartAsync(repositoryRoot, "azurite-blob", [("--blobHost", "--blobPort", port)], cancellationToken);
    }

    /// <summary>Starts the blob, queue and table services (what the Durable Task Azure Storage backend needs).</summary>
    public static Task<AzuriteProcess> StartAllServicesAsync(string repositoryRoot, CancellationToken cancellationToken = default) =>
        StartAsync(repositoryRoot, "azurite", [("--blobHost", "--blobPort", FreePort()), ("--queueHost", "--queuePort", FreePort()), ("--tableHost", "--tablePort", FreePort())], cancellationToken);

    private static async Task<AzuriteProcess> StartAsync(string repositoryRoot, string tool, (string Host, string Port, int Number)[] services, CancellationToken cancellationToken)
    {
        var executable = Path.Combine(repositoryRoot, "node_modules", ".bin", tool);
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException($"Azurite is not installed at {executable}; run 'npm ci' in {repositoryRoot}.", executable);
        }

        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["--silent", "--skipApiVersionCheck", "--loose", "--inMemoryPersistence"])
        {
            start.ArgumentList.Add(argument);
        }

        var connectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};";
        foreach (var (host, port, number) in services)
        {
            start.ArgumentList.Add(host);
            start.ArgumentList.Add("127.0.0.1");
            start.ArgumentList.Add(port);
            start.ArgumentList.Add(number.ToString(CultureInfo.InvariantCulture));
            var endpoint = host["--".Length..^"Host".Length];
            connectionString += string.Create(CultureInfo.InvariantCulture, $"{char.ToUpperInvariant(endpoint[0])}{endpoint[1..]}Endpoint=http://127.0.0.1:{number}/devstoreaccount1;");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new AzuriteProcess(process, connectionString);
        try
        {
            foreach (var (_, _, number) in services)
            {
                await WaitForPortAsync(process, number, cancellationToken);
            }

            return azurite;
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static async Task WaitForPortAsync(Process process, int port, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before listening on port {port}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
