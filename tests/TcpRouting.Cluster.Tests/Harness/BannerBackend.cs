using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TcpRouting.Cluster.Tests.Harness;

/// <summary>A backend that writes its greeting to every connection and closes: which backend a route reached.</summary>
public sealed class BannerBackend : IAsyncDisposable
{
    private readonly Socket _listener;
    private readonly byte[] _greeting;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    private BannerBackend(Socket listener, string greeting)
    {
        _listener = listener;
        _greeting = Encoding.ASCII.GetBytes(greeting + "\n");
        Greeting = greeting;
        _accepting = AcceptAsync();
    }

    public string Greeting { get; }

    public int Port => ((IPEndPoint)_listener.LocalEndPoint!).Port;

    public static BannerBackend Start(Socket listener, string greeting) => new(listener, greeting);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Dispose();
        await _accepting.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            using (client)
            {
                try
                {
                    await client.SendAsync(_greeting, SocketFlags.None, _stop.Token).ConfigureAwait(false);
                    client.Shutdown(SocketShutdown.Both);
                }
                catch (Exception e) when (e is OperationCanceledException or SocketException)
                {
                    // The client went away first: nothing to greet.
                }
            }
        }
    }
}
