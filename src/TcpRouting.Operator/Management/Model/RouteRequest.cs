namespace TcpRouting.Operator.Management.Model;

/// <summary>
/// One route to generate or apply, whatever its kind: each kind reads the fields it has (IngressRouteTCP the entry
/// points, SNI match, passthrough and middlewares; TCPRoute/TLSRoute the Gateway parent; TCPIngress the listen port).
/// </summary>
/// <param name="Sni">"*" (any client, plain TCP included), a host name, or a whole rule such as HostSNI(`a`) || ClientIP(`10.0.0.0/8`).</param>
/// <param name="ListenPort">TCPIngress only: the port Kong (or we) listen on for this rule.</param>
internal sealed record RouteRequest(
    ManagedKind Kind,
    string Name,
    string Namespace,
    string Service,
    int Port)
{
    public IReadOnlyList<string> EntryPoints { get; init; } = [];

    public string Sni { get; init; } = "*";

    public bool Passthrough { get; init; }

    public IReadOnlyList<string> Middlewares { get; init; } = [];

    public int? Weight { get; init; }

    public string? Gateway { get; init; }

    public string? GatewayNamespace { get; init; }

    public string? Section { get; init; }

    public IReadOnlyList<string> Hostnames { get; init; } = [];

    public int? ListenPort { get; init; }

    /// <summary>IngressRouteTCP only: the service's healthCheck as YAML or JSON (the Service annotation's format).</summary>
    public string? HealthCheck { get; init; }
}
