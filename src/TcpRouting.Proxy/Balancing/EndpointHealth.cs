using System.Collections.Concurrent;

namespace TcpRouting.Proxy.Balancing;

/// <summary>
/// Passive health: an endpoint whose connect failed is skipped for a short while (as nginx's
/// max_fails/fail_timeout), then tried again. Keyed by host and port, so it survives table swaps.
/// </summary>
internal sealed class EndpointHealth(TimeProvider time)
{
    /// <summary>How long a failed endpoint is skipped.</summary>
    public static readonly TimeSpan DownFor = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<BackendEndpoint, DateTimeOffset> _downUntil = new();

    public bool IsDown(BackendEndpoint endpoint) =>
        _downUntil.TryGetValue(endpoint, out var until) && time.GetUtcNow() < until;

    public void MarkDown(BackendEndpoint endpoint) => _downUntil[endpoint] = time.GetUtcNow() + DownFor;

    public void MarkUp(BackendEndpoint endpoint)
    {
        if (!_downUntil.IsEmpty)
        {
            _downUntil.TryRemove(endpoint, out _);
        }
    }

    public bool HasUsableEndpoint(Backend backend)
    {
        foreach (var endpoint in backend.Endpoints)
        {
            if (!IsDown(endpoint))
            {
                return true;
            }
        }

        return false;
    }
}
