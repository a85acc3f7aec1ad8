namespace TcpRouting.Translation.Core;

/// <summary>
/// Collects routes per listener while translators run, then builds the immutable <see cref="RouteTable"/>
/// (routes sorted by priority then id, fingerprint computed).
/// </summary>
public sealed class TableBuilder(StaticConfig config)
{
    /// <summary>Adds a route to a named entry point of the static config; false when there is no such entry point.</summary>
    public bool TryAddToEntryPoint(string entryPoint, Route route)
    {
        _ = (config, entryPoint, route);
        return false; // filled in by the translation work
    }

    /// <summary>
    /// Adds a route to the listener on <paramref name="port"/> (Gateway listeners, Kong ports, ngrok urls): the
    /// static entry point bound to that port when there is one, else a listener named <paramref name="listenerName"/>
    /// on 0.0.0.0:<paramref name="port"/>.
    /// </summary>
    public void AddToPort(string listenerName, int port, Route route) => _ = (listenerName, port, route);

    /// <summary>Declares a listener with no routes yet (a Gateway listener must bind even before routes attach).</summary>
    public void EnsurePort(string listenerName, int port) => _ = (listenerName, port);

    public RouteTable Build() => RouteTable.Empty;
}
