namespace TcpRouting.Model;

/// <summary>
/// Holds the current <see cref="RouteTable"/>; the only mutable piece of configuration. Readers take
/// <see cref="Current"/> once and keep it for the life of a connection; writers swap a whole table.
/// </summary>
public sealed class RouteTableHolder
{
    private RouteTable _current;

    public RouteTableHolder(RouteTable? initial = null) => _current = initial ?? RouteTable.Empty;

    public RouteTable Current => Volatile.Read(ref _current);

    /// <summary>Raised after a table that differs by fingerprint was swapped in.</summary>
    public event Action<RouteTable>? Changed;

    /// <summary>Swaps in <paramref name="table"/>; returns false (and raises nothing) when its fingerprint equals the current one.</summary>
    public bool Update(RouteTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var previous = Interlocked.Exchange(ref _current, table);
        if (string.Equals(previous.Fingerprint, table.Fingerprint, StringComparison.Ordinal))
        {
            return false;
        }

        Changed?.Invoke(table);
        return true;
    }
}
