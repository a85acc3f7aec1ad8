using System.Collections.Immutable;
using TcpRouting.Translation.Core;
using TcpRouting.Translation.Gateway.Resources;
using TcpRouting.Translation.Status;

namespace TcpRouting.Translation.Gateway;

/// <summary>
/// Validates one Gateway listener: protocol (TCP and TLS are served; HTTP, HTTPS, UDP and others are
/// Accepted=False UnsupportedProtocol), allowedRoutes.kinds (InvalidRouteKinds) and, for TLS Terminate, the
/// certificateRefs (InvalidCertificateRef, RefNotPermitted). Reasons are the spec's ListenerConditionReason values.
/// </summary>
internal static class ListenerBuilder
{
    public static ListenerState Build(KubeObject gateway, GatewayListener spec, ClusterIndex index, ReferenceGrants grants)
    {
        var protocol = spec.Protocol.Trim().ToUpperInvariant();
        if (protocol is not ("TCP" or "TLS"))
        {
            return new ListenerState(gateway, spec)
            {
                Protocol = protocol,
                NotAccepted = ("UnsupportedProtocol", $"protocol {spec.Protocol} is not supported: this gateway serves TCP and TLS listeners"),
            };
        }

        if (spec.Port is < 1 or > 65535)
        {
            return new ListenerState(gateway, spec) { Protocol = protocol, NotAccepted = ("UnsupportedValue", $"port {spec.Port} is not from 1 to 65535") };
        }

        var mode = protocol == "TLS" ? spec.Tls?.Mode ?? GatewayTlsMode.Terminate : (GatewayTlsMode?)null;
        var (kinds, kindsProblem) = SupportedKinds(protocol, mode, spec.AllowedRoutes?.Kinds);
        var certificates = ImmutableArray<TlsCertificate>.Empty;
        (string, string)? certificateProblem = null;
        if (mode == GatewayTlsMode.Terminate)
        {
            (certificates, certificateProblem) = ResolveCertificates(gateway, spec, index, grants);
        }

        return new ListenerState(gateway, spec)
        {
            Protocol = protocol,
            Mode = mode,
            SupportedKinds = kinds,
            Certificates = certificates,
            CertificatesUsable = certificateProblem is null,
            Unresolved = certificateProblem ?? kindsProblem,
        };
    }

    /// <summary>TCP serves TCPRoute; TLS Passthrough serves TLSRoute; TLS Terminate serves TLSRoute and TCPRoute.</summary>
    private static (ImmutableArray<RouteGroupKind> Kinds, (string, string)? Problem) SupportedKinds(string protocol, GatewayTlsMode? mode, IReadOnlyList<RouteGroupKindSpec>? requested)
    {
        string[] served = protocol == "TCP" ? [GatewayApi.TcpRoute]
            : mode == GatewayTlsMode.Passthrough ? [GatewayApi.TlsRoute]
            : [GatewayApi.TlsRoute, GatewayApi.TcpRoute];
        if (requested is null || requested.Count == 0)
        {
            return ([.. served.Select(k => new RouteGroupKind(GatewayApi.Group, k))], null);
        }

        var kinds = new List<RouteGroupKind>();
        var invalid = new List<string>();
        foreach (var kind in requested)
        {
            var group = kind.Group ?? GatewayApi.Group;
            if (group == GatewayApi.Group && served.Contains(kind.Kind, StringComparer.Ordinal))
            {
                kinds.Add(new RouteGroupKind(group, kind.Kind));
            }
            else
            {
                invalid.Add(group.Length == 0 ? kind.Kind : $"{group}/{kind.Kind}");
            }
        }

        var problem = invalid.Count == 0
            ? ((string, string)?)null
            : ("InvalidRouteKinds", $"allowedRoutes.kinds {string.Join(", ", invalid)} cannot attach to a {protocol} listener{(mode is null ? string.Empty : $" in {mode} mode")}; it serves {string.Join(", ", served)}");
        return ([.. kinds], problem);
    }

    private static (ImmutableArray<TlsCertificate>, (string, string)?) ResolveCertificates(KubeObject gateway, GatewayListener spec, ClusterIndex index, ReferenceGrants grants)
    {
        var refs = spec.Tls?.CertificateRefs ?? [];
        if (refs.Count == 0)
        {
            return ([], ("InvalidCertificateRef", "tls.mode Terminate needs at least one tls.certificateRefs entry"));
        }

        var certificates = ImmutableArray.CreateBuilder<TlsCertificate>();
        (string, string)? problem = null;
        for (var i = 0; i < refs.Count; i++)
        {
            var r = refs[i];
            var ns = string.IsNullOrEmpty(r.Namespace) ? gateway.Namespace : r.Namespace;
            if ((r.Group ?? string.Empty).Length != 0 || (r.Kind ?? "Secret") != "Secret")
            {
                problem ??= ("InvalidCertificateRef", $"tls.certificateRefs[{i}]: {r.Group}/{r.Kind} is not supported; only core Secrets are");
            }
            else if (!grants.Permits(GatewayApi.Gateway, gateway.Namespace, string.Empty, "Secret", ns, r.Name))
            {
                problem ??= ("RefNotPermitted", $"tls.certificateRefs[{i}]: Secret {ns}/{r.Name} is in another namespace and no ReferenceGrant there allows it");
            }
            else if (SecretResolver.ResolveTls(index, ns, r.Name, out var error) is { } certificate)
            {
                certificates.Add(certificate);
            }
            else
            {
                problem ??= ("InvalidCertificateRef", $"tls.certificateRefs[{i}]: {error}");
            }
        }

        return (certificates.ToImmutable(), problem);
    }
}
