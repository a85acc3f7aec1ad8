using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace TcpRouting.Cluster.Tests.Harness;

/// <summary>
/// Opens a listening socket inside a network namespace from this process: a socket belongs to the namespace
/// of the thread that created it (setns(2) switches one thread), so a short-lived thread joins the namespace,
/// binds and listens, and the socket keeps serving there from any thread.
/// </summary>
internal static partial class NetworkNamespace
{
    private const int CloneNewNet = 0x40000000;

    public static Socket Listen(string name, IPEndPoint endPoint)
    {
        Socket? socket = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                using var target = File.OpenHandle($"/var/run/netns/{name}");
                using var home = File.OpenHandle($"/proc/thread-self/ns/net");
                Join(target);
                try
                {
                    socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.Bind(endPoint);
                    socket.Listen(128);
                }
                finally
                {
                    Join(home);
                }
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        return socket ?? throw new InvalidOperationException($"could not listen on {endPoint} in network namespace {name}", failure);
    }

    private static void Join(Microsoft.Win32.SafeHandles.SafeFileHandle handle)
    {
        if (SetNs((int)handle.DangerousGetHandle(), CloneNewNet) != 0)
        {
            throw new InvalidOperationException($"setns failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    [LibraryImport("libc", EntryPoint = "setns", SetLastError = true)]
    private static partial int SetNs(int fd, int nsType);
}
