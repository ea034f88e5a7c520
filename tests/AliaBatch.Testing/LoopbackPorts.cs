using System.Net;
using System.Net.Sockets;

namespace AliaBatch.Testing;

/// <summary>Ports for test servers on this machine.</summary>
public static class LoopbackPorts
{
    /// <summary>
    /// A loopback port nothing listens on now, as the system hands one out. Servers that otherwise pick a random port
    /// (the Durable Task test host draws one from 30000–40000 unchecked, overlapping the system's range for outgoing
    /// connections) collide with ports already in use.
    /// </summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
