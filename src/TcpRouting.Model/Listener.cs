using System.Collections.Immutable;
using System.Net;

namespace TcpRouting.Model;

/// <summary>An entry point: one bound address and the routes served there, in match order.</summary>
/// <param name="Name">The entry point name (Traefik entryPoints, a Gateway listener, a Kong port).</param>
/// <param name="Address">The address as configured (":5432", "127.0.0.1:9443"), for display.</param>
/// <param name="EndPoint">The parsed address to bind.</param>
/// <param name="Routes">Sorted: highest priority first, ties broken by route id (deterministic).</param>
public sealed record Listener(
    string Name,
    string Address,
    IPEndPoint EndPoint,
    ListenerOptions Options,
    ImmutableArray<Route> Routes);
