using System.Collections.Immutable;

namespace TcpRouting.Model;

/// <summary>
/// The data plane's active health results, by backend id, handed back to whoever writes status (the proxy sees
/// only the Model, the status writer only this). Swapped whole, like <see cref="RouteTableHolder"/>.
/// </summary>
public sealed class BackendHealthHolder
{
    private ImmutableSortedDictionary<string, BackendHealth> _current = ImmutableSortedDictionary.Create<string, BackendHealth>(StringComparer.Ordinal);

    public ImmutableSortedDictionary<string, BackendHealth> Current => Volatile.Read(ref _current);

    /// <summary>Raised after a report that differs from the previous one.</summary>
    public event Action? Changed;

    /// <returns>False (and nothing raised) when the report says what the current one says.</returns>
    public bool Publish(ImmutableSortedDictionary<string, BackendHealth> report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var previous = Interlocked.Exchange(ref _current, report);
        if (previous.Count == report.Count && previous.All(p => report.TryGetValue(p.Key, out var h) && h == p.Value))
        {
            return false;
        }

        Changed?.Invoke();
        return true;
    }
}
