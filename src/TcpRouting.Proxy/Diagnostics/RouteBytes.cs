namespace TcpRouting.Proxy.Diagnostics;

/// <summary>Bytes relayed for one entry point, route and backend, each way (read by an observable counter).</summary>
internal sealed class RouteBytes
{
    private long _clientToBackend;
    private long _backendToClient;

    public long ClientToBackend => Volatile.Read(ref _clientToBackend);

    public long BackendToClient => Volatile.Read(ref _backendToClient);

    public void Add(long clientToBackend, long backendToClient)
    {
        if (clientToBackend > 0)
        {
            Interlocked.Add(ref _clientToBackend, clientToBackend);
        }

        if (backendToClient > 0)
        {
            Interlocked.Add(ref _backendToClient, backendToClient);
        }
    }
}
