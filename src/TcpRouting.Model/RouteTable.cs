using System.Collections.Immutable;

namespace TcpRouting.Model;

/// <summary>
/// The whole routing configuration at one instant. Deeply immutable: the data plane reads it once per
/// connection and a new table is swapped in atomically (see <see cref="RouteTableHolder"/>).
/// </summary>
/// <param name="Listeners">One per entry point, ordered by name.</param>
/// <param name="Fingerprint">A canonical hash of the content, set by whoever builds the table, so a
/// swap of an equal table can be skipped (record equality on collections compares references).</param>
public sealed record RouteTable(ImmutableArray<Listener> Listeners, string Fingerprint)
{
    public static RouteTable Empty { get; } = new([], "empty");

    public Listener? FindListener(string name)
    {
        foreach (var listener in Listeners)
        {
            if (string.Equals(listener.Name, name, StringComparison.Ordinal))
            {
                return listener;
            }
        }

        return null;
    }
}
