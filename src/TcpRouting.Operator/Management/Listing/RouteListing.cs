namespace TcpRouting.Operator.Management.Listing;

/// <summary>What `route list` prints and the MCP resource traefik://traffic/tcp/list returns (as JSON).</summary>
internal sealed record RouteListing(IReadOnlyList<RouteEntry> Routes, IReadOnlyList<MiddlewareUse> Middlewares);

/// <param name="EntryPoints">IngressRouteTCP entry points; for Gateway API routes their parents ("gateway/section"), for TCPIngress the listen ports.</param>
internal sealed record RouteEntry(
    string Kind,
    string Namespace,
    string Name,
    IReadOnlyList<string> EntryPoints,
    IReadOnlyList<RuleEntry> Rules,
    bool TlsPassthrough,
    RouteState Status);

/// <summary>One rule: how connections are matched, where they go, and what is applied on the way.</summary>
internal sealed record RuleEntry(string Match, IReadOnlyList<TargetEntry> Targets, IReadOnlyList<MiddlewareDetail> Middlewares);

internal sealed record TargetEntry(string Service, string Namespace, string Port, int? Weight);

/// <param name="Found">False when the route names a MiddlewareTCP that does not exist.</param>
/// <param name="Type">ipAllowList or inFlightConn.</param>
internal sealed record MiddlewareDetail(string Name, string Namespace, bool Found, string? Type, IReadOnlyList<string>? SourceRanges, long? Amount);

/// <summary>A MiddlewareTCP and the routes ("namespace/name") that use it.</summary>
internal sealed record MiddlewareUse(MiddlewareDetail Middleware, IReadOnlyList<string> AttachedTo);

/// <summary>Ready when translation found nothing wrong; otherwise each problem, naming the field.</summary>
internal sealed record RouteState(bool Ready, IReadOnlyList<string> Messages);
