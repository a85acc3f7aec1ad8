using System.Collections.Immutable;

namespace TcpRouting.Model;

/// <summary>
/// One weighted service of a route, resolved to endpoints. A backend with weight 0 or no endpoints
/// takes no traffic; when it is picked anyway (every backend is unusable) the connection is closed.
/// </summary>
/// <param name="Id">Stable id, e.g. "ingressroutetcp/default/pg/route/0/backend/1"; keys runtime state.</param>
/// <param name="Name">Display name, e.g. "default/postgres-service:5432".</param>
/// <param name="Service">The Service it resolves, when it is one.</param>
/// <param name="Endpoints">Ready addresses with their target ports, in a stable order.</param>
/// <param name="ProxyProtocol">PROXY protocol header sent to the backend: 0 none, 1 or 2.</param>
/// <param name="HealthCheck">Active health check of the endpoints; only those that pass take new connections.</param>
public sealed record Backend(
    string Id,
    string Name,
    SourceRef? Service,
    int Weight,
    ImmutableArray<BackendEndpoint> Endpoints,
    int ProxyProtocol,
    BackendTransport Transport,
    HealthCheck? HealthCheck = null);

/// <summary>A host (IP literal or DNS name, for ExternalName) and port.</summary>
public sealed record BackendEndpoint(string Host, int Port)
{
    public override string ToString() => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}

/// <summary>How the proxy connects to a backend (Traefik ServersTransportTCP).</summary>
/// <param name="DialTimeout">Connect timeout per endpoint attempt, then the next endpoint is tried.</param>
/// <param name="TerminationDelay">After one side half-closes, how long the other direction may go on.</param>
/// <param name="Tls">TLS to the backend, when asked.</param>
public sealed record BackendTransport(
    string Name,
    TimeSpan DialTimeout,
    TimeSpan TerminationDelay,
    BackendTls? Tls)
{
    public static BackendTransport Default { get; } = new("default", TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(100), null);
}

/// <summary>TLS from the proxy to the backend.</summary>
/// <param name="ServerName">SNI and name to verify; defaults to the endpoint host.</param>
/// <param name="RootCaPems">Trust anchors; empty means the system store.</param>
/// <param name="ClientCertificate">Presented to the backend when set.</param>
/// <param name="PeerCertUri">When set, the backend certificate must carry this URI SAN.</param>
public sealed record BackendTls(
    string? ServerName,
    bool InsecureSkipVerify,
    ImmutableArray<string> RootCaPems,
    TlsCertificate? ClientCertificate,
    string? PeerCertUri);
