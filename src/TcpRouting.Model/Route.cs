using System.Collections.Immutable;

namespace TcpRouting.Model;

/// <summary>One routing rule on one listener.</summary>
/// <param name="Id">Stable id, e.g. "ingressroutetcp/default/postgres/route/0"; keys runtime state.</param>
/// <param name="Source">The object the route came from.</param>
/// <param name="Rule">The rule text as written (or synthesised for kinds without rules), for display.</param>
/// <param name="Match">The parsed rule.</param>
/// <param name="Priority">Higher wins. Traefik: explicit priority, else the rule's length.</param>
/// <param name="Tls">How TLS is handled for connections this route takes.</param>
/// <param name="Middlewares">Applied in order before the backend is picked.</param>
/// <param name="Backends">Weighted services; a connection goes to one of them.</param>
public sealed record Route(
    string Id,
    SourceRef Source,
    string Rule,
    Matcher Match,
    int Priority,
    RouteTls Tls,
    ImmutableArray<Middleware> Middlewares,
    ImmutableArray<Backend> Backends);
