using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;

namespace TcpRouting.Testing.Network;

/// <summary>
/// A tiny HTTP/1.1 server that answers every GET with <see cref="Status"/> and closes, as a Patroni REST API answers
/// `GET /primary` (200 on the leader, 503 elsewhere). With <see cref="Silent"/> it reads the request and never answers.
/// </summary>
public sealed class HttpStatusServer : LoopbackServer
{
    private volatile int _status;
    private volatile bool _silent;

    public HttpStatusServer(int status = 200)
    {
        _status = status;
        Start();
    }

    public HttpStatusServer(System.Net.IPEndPoint endPoint, int status)
    {
        _status = status;
        Start(endPoint);
    }

    public int Status
    {
        get => _status;
        set => _status = value;
    }

    public bool Silent
    {
        get => _silent;
        set => _silent = value;
    }

    /// <summary>Request lines seen, e.g. "GET /primary HTTP/1.1".</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    protected override async Task ServeAsync(Socket socket)
    {
        var buffer = new byte[4096];
        var read = 0;
        while (read < buffer.Length && buffer.AsSpan(0, read).IndexOf("\r\n\r\n"u8) < 0)
        {
            var n = await socket.ReceiveAsync(buffer.AsMemory(read), Stopping).ConfigureAwait(false);
            if (n == 0)
            {
                return;
            }

            read += n;
        }

        var text = Encoding.ASCII.GetString(buffer, 0, read);
        Requests.Enqueue(text[..Math.Max(0, text.IndexOf("\r\n", StringComparison.Ordinal))]);
        if (_silent)
        {
            await Task.Delay(Timeout.Infinite, Stopping).ConfigureAwait(false);
        }

        var status = _status;
        var answer = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} {(status == 200 ? "OK" : "Other")}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        await socket.SendAsync(answer, Stopping).ConfigureAwait(false);
        socket.Shutdown(SocketShutdown.Send);
    }
}
