using System.Net;
using System.Net.Sockets;

namespace TcpRouting.Testing.Peers;

/// <summary>Free loopback ports: the kernel picks one for a bound socket, which is then released.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }
}
