namespace TcpRouting.Proxy.Timing;

/// <summary>
/// A deadline as a cancellation token, cancelled by the shared <see cref="DeadlineWheel"/> instead of a
/// timer of its own. Disposing it disarms it; one that never fired goes back to the wheel's pool with its
/// CancellationTokenSource reset, so a connection's peek, dial and handshake deadlines allocate nothing.
/// </summary>
internal sealed class DeadlineSource : WheelEntry, IDisposable
{
    private readonly DeadlineWheel _wheel;
    private readonly CancellationTokenSource _source = new();

    internal DeadlineSource(DeadlineWheel wheel) => _wheel = wheel;

    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        // One that fired (or is firing) is left to the GC, not disposed: the scan may still be cancelling
        // it. A fired deadline is rare, so it costs one allocation then. TryReset fails when cancelled.
        if (_wheel.Disarm(this) && _source.TryReset())
        {
            _wheel.Return(this);
        }
    }

    /// <summary>Cancels before the deadline (the caller gave up); such a source is left to the GC, as a fired one.</summary>
    public void CancelNow() => _source.Cancel();

    internal override long Expire(long now)
    {
        _source.Cancel();
        return 0;
    }
}
