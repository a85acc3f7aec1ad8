using System.Net.Sockets;

namespace TcpRouting.Proxy.Peeking;

/// <summary>
/// Cancels when the client leaves before the relay starts, so a dial to a backend that never answers ends with the
/// client instead of running out its dial timeout on every endpoint (issue 12, finding 10). "Leaves" is a reset, or an
/// end of stream before the client sent anything: a client that sent a request and then half-closed still waits for
/// the answer, as half-close is real here. A peek of one byte observes the socket without taking data from the relay.
/// </summary>
internal sealed class ClientDeparture : IDisposable
{
    private static readonly byte[] Sink = new byte[1]; // peeked bytes are never read back: one buffer serves all
    private readonly CancellationTokenSource _gone = new();
    private readonly CancellationTokenSource _stopWatching = new();

    private ClientDeparture()
    {
    }

    /// <summary>Cancelled when the client has left.</summary>
    public CancellationToken Token => _gone.Token;

    /// <param name="sentData">The client already sent bytes (consumed while peeking): its end of stream is a half-close.</param>
    public static ClientDeparture Watch(Socket client, bool sentData)
    {
        var departure = new ClientDeparture();
        _ = departure.WatchAsync(client, sentData);
        return departure;
    }

    public void Dispose()
    {
        _stopWatching.Cancel(); // the relay owns the socket's reads from here
        _stopWatching.Dispose();
        _gone.Dispose();
    }

    private async Task WatchAsync(Socket client, bool sentData)
    {
        try
        {
            var peeked = await client.ReceiveAsync(Sink, SocketFlags.Peek, _stopWatching.Token).ConfigureAwait(false);
            if (peeked == 0 && !sentData)
            {
                Cancel();
            }
        }
        catch (SocketException)
        {
            Cancel(); // reset by the client
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // The dial finished first, or the connection closed: nothing to watch any more.
        }
    }

    private void Cancel()
    {
        try
        {
            _gone.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Disposed concurrently: the dial is over.
        }
    }
}
