using System.Collections.Immutable;
using TcpRouting.Translation.Gateway.Resources;
using TcpRouting.Translation.Status;

namespace TcpRouting.Translation.Gateway;

/// <summary>One Gateway listener while translating: what was decided about it, and the routes attached so far.</summary>
internal sealed class ListenerState(KubeObject gateway, GatewayListener spec)
{
    public KubeObject Gateway { get; } = gateway;

    public GatewayListener Spec { get; } = spec;

    public string Name => Spec.Name;

    /// <summary>The route table listener name: gateway/&lt;ns&gt;/&lt;name&gt;/&lt;listener&gt;.</summary>
    public string Id => $"gateway/{Gateway.Namespace}/{Gateway.Name}/{Spec.Name}";

    public int Port => Spec.Port;

    /// <summary>"TCP" or "TLS" when accepted.</summary>
    public string Protocol { get; init; } = string.Empty;

    public GatewayTlsMode? Mode { get; init; }

    /// <summary>The SNI name the listener serves (lower case), or null for every name.</summary>
    public string? Hostname => string.IsNullOrEmpty(Spec.Hostname) || Protocol != "TLS" ? null : Spec.Hostname.ToLowerInvariant();

    public ImmutableArray<RouteGroupKind> SupportedKinds { get; init; } = [];

    /// <summary>Accepted=False reason (UnsupportedProtocol, UnsupportedValue), or null when accepted.</summary>
    public (string Reason, string Message)? NotAccepted { get; init; }

    /// <summary>ResolvedRefs=False reason (InvalidCertificateRef, RefNotPermitted, InvalidRouteKinds), or null.</summary>
    public (string Reason, string Message)? Unresolved { get; init; }

    /// <summary>False when a certificate the listener needs did not resolve: it cannot be programmed.</summary>
    public bool CertificatesUsable { get; init; } = true;

    public ImmutableArray<TlsCertificate> Certificates { get; init; } = [];

    /// <summary>Conflicted=True reason (ProtocolConflict, HostnameConflict), set by <see cref="ListenerConflicts"/>.</summary>
    public (string Reason, string Message)? Conflict { get; set; }

    public int AttachedRoutes { get; set; }

    /// <summary>The route that holds this TCP listener (oldest wins); later TCPRoutes attach but get no traffic.</summary>
    public SourceRef? TcpHolder { get; set; }

    public bool IsAccepted => NotAccepted is null;

    public bool IsProgrammed => IsAccepted && Conflict is null && CertificatesUsable && !SupportedKinds.IsEmpty;

    public bool Supports(string kind) => SupportedKinds.Any(k => k.Group == GatewayApi.Group && k.Kind == kind);
}
