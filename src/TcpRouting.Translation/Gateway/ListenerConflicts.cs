namespace TcpRouting.Translation.Gateway;

/// <summary>
/// Marks listeners that are not distinct (Gateway API Listener "Conflicted"): every Gateway of ours binds in
/// this one process, so ports are shared across Gateways. The first listener on a port (oldest Gateway, then
/// spec order) keeps it; a later one with another protocol is ProtocolConflict, and a later one with the same
/// protocol and hostname (TCP listeners have none) is HostnameConflict.
/// </summary>
internal static class ListenerConflicts
{
    public static void Mark(IEnumerable<GatewayState> gateways)
    {
        var byPort = new Dictionary<int, List<ListenerState>>();
        foreach (var listener in gateways.SelectMany(g => g.Listeners).Where(l => l.IsAccepted))
        {
            if (!byPort.TryGetValue(listener.Port, out var taken))
            {
                byPort[listener.Port] = [listener];
                continue;
            }

            var first = taken[0];
            if (first.Protocol != listener.Protocol)
            {
                listener.Conflict = ("ProtocolConflict", $"port {listener.Port} is already a {first.Protocol} listener ({first.Id})");
            }
            else if (taken.FirstOrDefault(t => t.Hostname == listener.Hostname) is { } same)
            {
                listener.Conflict = ("HostnameConflict", listener.Hostname is null
                    ? $"port {listener.Port} already has a {listener.Protocol} listener for every host name ({same.Id})"
                    : $"host name {listener.Hostname} on port {listener.Port} is already served by {same.Id}");
            }
            else
            {
                taken.Add(listener);
            }
        }
    }
}
