using System.Net;

namespace TcpRouting.Proxy.Middlewares;

/// <summary>Open connections per client IP for one inFlightConn middleware (Traefik counts per source IP).</summary>
internal sealed class InFlightCounter
{
    private readonly Dictionary<IPAddress, int> _counts = [];

    public bool TryEnter(IPAddress client, int limit)
    {
        lock (_counts)
        {
            var count = _counts.GetValueOrDefault(client);
            if (count >= limit)
            {
                return false;
            }

            _counts[client] = count + 1;
            return true;
        }
    }

    public void Exit(IPAddress client)
    {
        lock (_counts)
        {
            var count = _counts.GetValueOrDefault(client) - 1;
            if (count <= 0)
            {
                _counts.Remove(client);
            }
            else
            {
                _counts[client] = count;
            }
        }
    }
}
