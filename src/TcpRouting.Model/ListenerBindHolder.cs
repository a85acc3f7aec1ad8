using System.Collections.Immutable;

namespace TcpRouting.Model;

/// <summary>
/// Listeners the data plane could not bind (listener name → why), handed back to whoever writes status, as
/// <see cref="BackendHealthHolder"/> hands back health: the proxy sees only the Model, the status writer only this.
/// </summary>
public sealed class ListenerBindHolder
{
    private ImmutableSortedDictionary<string, string> _unbound = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    public ImmutableSortedDictionary<string, string> Unbound => Volatile.Read(ref _unbound);

    /// <summary>Raised after a report that differs from the previous one.</summary>
    public event Action? Changed;

    public void Publish(IReadOnlyDictionary<string, string> unbound)
    {
        ArgumentNullException.ThrowIfNull(unbound);
        var report = unbound.ToImmutableSortedDictionary(StringComparer.Ordinal);
        var previous = Interlocked.Exchange(ref _unbound, report);
        if (previous.Count != report.Count || previous.Any(p => !report.TryGetValue(p.Key, out var why) || why != p.Value))
        {
            Changed?.Invoke();
        }
    }
}
