namespace TcpRouting.Proxy.Balancing;

/// <summary>
/// nginx's smooth weighted round robin (ngx_http_upstream_get_peer): each pick adds every candidate's
/// weight to its current weight, takes the largest, and subtracts the total from it. Weights 5,1,1 give
/// a,a,b,a,c,a,a: spread out, never bursts. State is keyed by backend id and lives across table swaps.
/// A lock is fine here: it is taken once per new connection, never on the data path.
/// </summary>
internal sealed class SmoothWeightedSchedule
{
    private readonly Dictionary<string, long> _current = new(StringComparer.Ordinal);

    public Backend? Pick(Backend[] candidates, Func<Backend, bool> usable)
    {
        lock (_current)
        {
            long total = 0;
            Backend? best = null;
            long bestWeight = 0;
            foreach (var backend in candidates)
            {
                if (!usable(backend))
                {
                    continue;
                }

                var weight = _current.GetValueOrDefault(backend.Id) + backend.Weight;
                _current[backend.Id] = weight;
                total += backend.Weight;
                if (best is null || weight > bestWeight)
                {
                    best = backend;
                    bestWeight = weight;
                }
            }

            if (best is not null)
            {
                _current[best.Id] = bestWeight - total;
            }

            return best;
        }
    }
}
