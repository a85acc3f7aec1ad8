using System.Collections.Frozen;
using TcpRouting.Proxy.Tls;

namespace TcpRouting.Proxy.Routing;

/// <summary>A route with everything a connection needs precomputed once per table.</summary>
/// <param name="Eligible">Backends that can take traffic (weight above 0 and some endpoint), in order.</param>
/// <param name="Termination">Certificates by SNI, set when the route terminates TLS.</param>
/// <param name="BackendTls">TLS client settings by backend id, for backends that ask for TLS.</param>
internal sealed record CompiledRoute(
    Route Route,
    Backend[] Eligible,
    ServerTlsConfig? Termination,
    FrozenDictionary<string, BackendTlsConfig> BackendTls);
