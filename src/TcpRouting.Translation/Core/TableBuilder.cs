using System.Collections.Immutable;
using System.Net;

namespace TcpRouting.Translation.Core;

/// <summary>
/// Collects routes per listener while translators run, then builds the immutable <see cref="RouteTable"/>
/// (routes sorted by priority then id, fingerprint computed). Every static entry point becomes a listener,
/// routes or not, as Traefik binds every configured entry point.
/// </summary>
public sealed class TableBuilder
{
    private readonly Dictionary<string, ListenerDraft> _listeners = new(StringComparer.Ordinal);

    public TableBuilder(StaticConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        foreach (var entryPoint in config.EntryPoints)
        {
            // A bad address is reported by the static config parser; such an entry point takes no routes.
            if (EntryPointAddress.TryParse(entryPoint.Address, out var endPoint, out _))
            {
                _listeners.TryAdd(entryPoint.Name, new ListenerDraft(entryPoint.Name, entryPoint.Address, endPoint, entryPoint.Options));
            }
        }
    }

    /// <summary>Adds a route to a named entry point of the static config; false when there is no such entry point.</summary>
    public bool TryAddToEntryPoint(string entryPoint, Route route)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (!_listeners.TryGetValue(entryPoint, out var draft) || !draft.IsStatic)
        {
            return false;
        }

        draft.Routes.Add(route);
        return true;
    }

    /// <summary>
    /// Adds a route to the listener on <paramref name="port"/> (Gateway listeners, Kong ports, ngrok urls): the
    /// static entry point bound to that port when there is one, else a listener named <paramref name="listenerName"/>
    /// on 0.0.0.0:<paramref name="port"/>.
    /// </summary>
    public void AddToPort(string listenerName, int port, Route route)
    {
        ArgumentNullException.ThrowIfNull(route);
        ForPort(listenerName, port).Routes.Add(route);
    }

    /// <summary>Declares a listener with no routes yet (a Gateway listener must bind even before routes attach).</summary>
    public void EnsurePort(string listenerName, int port) => ForPort(listenerName, port);

    /// <summary>The listener name serving <paramref name="port"/> (for status messages), or null when none is declared.</summary>
    public string? ListenerNameForPort(int port) =>
        _listeners.Values.Where(l => l.EndPoint.Port == port).OrderBy(l => !l.IsStatic).ThenBy(l => l.Name, StringComparer.Ordinal).FirstOrDefault()?.Name;

    public RouteTable Build()
    {
        var listeners = _listeners.Values
            .OrderBy(l => l.Name, StringComparer.Ordinal)
            .Select(l => new Listener(
                l.Name,
                l.Address,
                l.EndPoint,
                l.Options,
                [.. l.Routes.OrderByDescending(r => r.Priority).ThenBy(r => r.Id, StringComparer.Ordinal)]))
            .ToImmutableArray();
        return new RouteTable(listeners, TableFingerprint.Compute(listeners));
    }

    private ListenerDraft ForPort(string listenerName, int port)
    {
        if (ListenerNameForPort(port) is { } existing)
        {
            return _listeners[existing];
        }

        var name = _listeners.ContainsKey(listenerName) ? $"{listenerName}-{port}" : listenerName;
        var draft = new ListenerDraft(name, $":{port}", new IPEndPoint(IPAddress.Any, port), ListenerOptions.Default) { IsStatic = false };
        _listeners[name] = draft;
        return draft;
    }

    private sealed record ListenerDraft(string Name, string Address, IPEndPoint EndPoint, ListenerOptions Options)
    {
        public bool IsStatic { get; init; } = true;

        public List<Route> Routes { get; } = [];
    }
}
