using System.Net;
using System.Net.Sockets;

namespace TcpRouting.Testing.Network;

/// <summary>Loopback endpoints for tests: one nothing listens on, and a port the kernel just handed out.</summary>
public static class FreeTcpPort
{
    /// <summary>A loopback port that was free a moment ago (the kernel picked it for a socket now closed).</summary>
    public static int Next()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    /// <summary>A loopback endpoint where connects are refused (nothing listens there).</summary>
    public static IPEndPoint Refusing() => new(IPAddress.Loopback, Next());
}
