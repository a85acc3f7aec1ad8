using System.Collections.Frozen;
using TcpRouting.Model.Matchers;

namespace TcpRouting.Proxy.Routing;

/// <summary>
/// Finds the first route, in listener order, that matches a connection. Exact HostSNI rules are one
/// FrozenDictionary lookup and wildcard rules one lookup per label of the SNI; only other rules
/// (ClientIP, ALPN, regexps, combinations, the catch-all) are evaluated, and only those ranked before
/// the best candidate so far. The result equals a linear scan calling Matcher.Matches.
/// </summary>
internal sealed class RouteIndex
{
    private readonly CompiledRoute[] _routes;
    private readonly FrozenDictionary<string, int> _exact;
    private readonly FrozenDictionary<string, int> _wildcardSuffixes;
    private readonly int[] _general;

    public RouteIndex(IReadOnlyList<CompiledRoute> routes)
    {
        _routes = [.. routes];
        var exact = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var wildcard = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var general = new List<int>();
        for (var i = 0; i < _routes.Length; i++)
        {
            switch (_routes[i].Route.Match)
            {
                case HostSniMatcher { IsCatchAll: false, IsWildcard: true } w:
                    wildcard.TryAdd(w.Host[1..], i); // "*.example.com" -> ".example.com"
                    break;
                case HostSniMatcher { IsCatchAll: false } e:
                    exact.TryAdd(e.Host, i);
                    break;
                default:
                    general.Add(i);
                    break;
            }
        }

        _exact = exact.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _wildcardSuffixes = wildcard.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _general = [.. general];
    }

    public bool IsEmpty => _routes.Length == 0;

    public CompiledRoute? Match(in ConnectionFacts facts)
    {
        var best = int.MaxValue;
        if (facts.ServerName is { } sni)
        {
            if (_exact.TryGetValue(sni, out var exact))
            {
                best = exact;
            }

            if (_wildcardSuffixes.Count > 0)
            {
                var suffixes = _wildcardSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
                // A wildcard needs at least one character before its suffix (HostSniMatcher), so start at 1.
                for (var dot = sni.IndexOf('.', 1); dot > 0; dot = sni.IndexOf('.', dot + 1))
                {
                    if (suffixes.TryGetValue(sni.AsSpan(dot), out var index) && index < best)
                    {
                        best = index;
                    }
                }
            }
        }

        foreach (var index in _general)
        {
            if (index >= best)
            {
                break;
            }

            if (_routes[index].Route.Match.Matches(facts))
            {
                best = index;
                break;
            }
        }

        return best == int.MaxValue ? null : _routes[best];
    }
}
