namespace TcpRouting.Translation.Gateway;

/// <summary>
/// Hostname intersection of a listener and a route (Gateway API "Hostnames"; TLSRoute spec.hostnames): a wildcard
/// "*.example.com" matches any name with that suffix (one or more labels), not "example.com" itself. When both are
/// wildcards the more specific one is the intersection.
/// </summary>
internal static class HostnameIntersection
{
    /// <returns>The SNI names the route serves on the listener; empty when they do not intersect; ["*"] when neither names a host.</returns>
    public static IReadOnlyList<string> Intersect(string? listenerHostname, IReadOnlyList<string>? routeHostnames)
    {
        var listener = string.IsNullOrEmpty(listenerHostname) ? null : listenerHostname.ToLowerInvariant();
        if (routeHostnames is null || routeHostnames.Count == 0)
        {
            return [listener ?? "*"];
        }

        var result = new List<string>();
        foreach (var raw in routeHostnames)
        {
            var route = raw.ToLowerInvariant();
            var match = listener is null ? route
                : Covers(listener, route) ? route
                : Covers(route, listener) ? listener
                : null;
            if (match is not null && !result.Contains(match, StringComparer.Ordinal))
            {
                result.Add(match);
            }
        }

        return result;
    }

    /// <summary>True when every name <paramref name="specific"/> matches is also matched by <paramref name="general"/>.</summary>
    private static bool Covers(string general, string specific)
    {
        if (general == specific)
        {
            return true;
        }

        if (!general.StartsWith("*.", StringComparison.Ordinal))
        {
            return false;
        }

        // "*.example.com" covers "a.example.com", "a.b.example.com" and "*.b.example.com", not "example.com".
        var suffix = general[1..];
        var name = specific.StartsWith("*.", StringComparison.Ordinal) ? specific[1..] : specific;
        return name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal);
    }
}
