namespace TcpRouting.Proxy.Diagnostics;

/// <summary>Connections of one entry point: open now and accepted so far (read by observable instruments).</summary>
internal sealed class EntryPointCounts
{
    private long _open;
    private long _accepted;

    public long Open => Volatile.Read(ref _open);

    public long Accepted => Volatile.Read(ref _accepted);

    public void Opened()
    {
        Interlocked.Increment(ref _open);
        Interlocked.Increment(ref _accepted);
    }

    public void Closed() => Interlocked.Decrement(ref _open);
}
