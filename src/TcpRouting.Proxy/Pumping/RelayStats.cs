namespace TcpRouting.Proxy.Pumping;

/// <summary>Bytes relayed each way, written once per direction when its pump ends, and which pump ended first.</summary>
internal sealed class RelayStats
{
    private long _clientToBackend;
    private long _backendToClient;
    private int _pumpsEnded;

    public long ClientToBackend => Volatile.Read(ref _clientToBackend);

    public long BackendToClient => Volatile.Read(ref _backendToClient);

    public void Add(bool clientToBackend, long bytes)
    {
        if (clientToBackend)
        {
            Interlocked.Add(ref _clientToBackend, bytes);
        }
        else
        {
            Interlocked.Add(ref _backendToClient, bytes);
        }
    }

    /// <summary>True for the first pump to end cleanly: the other one then gets the termination delay.</summary>
    public bool FirstPumpEnded() => Interlocked.Increment(ref _pumpsEnded) == 1;
}
