using System.Net.Sockets;
using TcpRouting.Proxy.Timing;

namespace TcpRouting.Proxy.Peeking;

/// <summary>
/// Cancels the dial when the client leaves before the relay starts, so a backend that never answers does not hold the
/// connection for its whole dial timeout on every endpoint (issue 12, finding 10). "Leaves" is a reset, or an end of
/// stream before the client sent anything: a client that sent a request and then half-closed still waits for the
/// answer, as half-close is real here. A peek of one byte observes the socket without taking data from the relay.
/// Watching starts only once the dial has outlived one tick of the shared <see cref="DeadlineWheel"/>: nearly every
/// dial is over long before, and a watch from the start cost every connection a peek receive, its cancellation, two
/// cancellation sources and a task (issue 15). The token is a pooled wheel source, returned when no watch ran.
/// </summary>
internal sealed class DepartureWatch : WheelEntry, IDisposable
{
    private const int Waiting = 0;
    private const int Watching = 1;
    private const int Over = 2;
    private static readonly byte[] Sink = new byte[1]; // peeked bytes are never read back: one buffer serves all
    private readonly DeadlineWheel _wheel;
    private readonly Socket _client;
    private readonly bool _sentData;
    private readonly DeadlineSource _gone;
    private CancellationTokenSource? _stopWatching;
    private int _phase;

    /// <param name="sentData">The client already sent bytes (consumed while peeking): its end of stream is a half-close.</param>
    public DepartureWatch(DeadlineWheel wheel, Socket client, bool sentData)
    {
        _wheel = wheel;
        _client = client;
        _sentData = sentData;
        _gone = wheel.After(Timeout.InfiniteTimeSpan);
        wheel.ArmAfter(this, DeadlineWheel.Tick);
    }

    /// <summary>Cancelled when the client has left.</summary>
    public CancellationToken Token => _gone.Token;

    public void Dispose()
    {
        _wheel.Disarm(this);
        if (Interlocked.Exchange(ref _phase, Over) == Watching)
        {
            // The relay owns the socket's reads from here. The watch may still cancel _gone as it ends, so that source
            // is left to the GC rather than pooled.
            _stopWatching!.Cancel();
            _stopWatching.Dispose();
        }
        else
        {
            _gone.Dispose();
        }
    }

    /// <summary>The dial has taken a tick: from now on the client's departure ends it.</summary>
    internal override long Expire(long now)
    {
        var stop = new CancellationTokenSource();
        _stopWatching = stop;
        if (Interlocked.CompareExchange(ref _phase, Watching, Waiting) == Waiting)
        {
            _ = WatchAsync(stop.Token);
        }
        else
        {
            stop.Dispose(); // the dial ended meanwhile
        }

        return 0;
    }

    private async Task WatchAsync(CancellationToken stop)
    {
        try
        {
            var peeked = await _client.ReceiveAsync(Sink, SocketFlags.Peek, stop).ConfigureAwait(false);
            if (peeked == 0 && !_sentData)
            {
                _gone.CancelNow();
            }
        }
        catch (SocketException)
        {
            _gone.CancelNow(); // reset by the client
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // The dial finished first, or the connection closed: nothing to watch any more.
        }
    }
}
