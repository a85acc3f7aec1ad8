using System.Collections.Immutable;
using System.Globalization;
using TcpRouting.Model.Matchers;
using TcpRouting.Translation.Core;
using TcpRouting.Translation.Gateway;
using TcpRouting.Translation.Kong.Resources;
using TcpRouting.Translation.Status;

namespace TcpRouting.Translation.Kong;

/// <summary>
/// Kong configuration.konghq.com/v1beta1 TCPIngress into routes and status. A rule without host forwards every
/// connection on its port (Kong "port based routing"); a rule with host terminates TLS on its port with the
/// certificate of the tls entry listing that host and routes by SNI (Kong "SNI based routing").
/// </summary>
public static class KongTranslator
{
    private const string Group = "configuration.konghq.com";
    private const string Kind = "TCPIngress";

    /// <param name="objects">Every object of the snapshot, already in (creationTimestamp, namespace, name) order.</param>
    /// <returns>A status for every TCPIngress read.</returns>
    public static ImmutableArray<ObjectStatus> Translate(IReadOnlyList<KubeObject> objects, ClusterIndex index, TableBuilder table)
    {
        ArgumentNullException.ThrowIfNull(objects);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(table);
        return [.. objects.Where(o => o.Group == Group && o.Kind == Kind).Select(o => ObjectGuard.Run(o, () => TranslateOne(o, index, table)))];
    }

    private static ObjectStatus TranslateOne(KubeObject source, ClusterIndex index, TableBuilder table)
    {
        var status = new CrdStatusBuilder(source);
        if (SpecReader.Read<TcpIngressSpec>(source, out var error) is not { } spec)
        {
            return status.Invalid("spec", error!).Build();
        }

        if (spec.Rules.Count == 0)
        {
            status.Invalid("spec.rules", "at least one rule is required");
        }

        var ports = new SortedSet<int>();
        for (var i = 0; i < spec.Rules.Count; i++)
        {
            if (TranslateRule(source, spec, i, index, status) is { } route)
            {
                var port = spec.Rules[i].Port;
                table.AddToPort($"tcpingress-{port.ToString(CultureInfo.InvariantCulture)}", port, route);
                ports.Add(port);
            }
        }

        return status.Build($"{ports.Count} port(s): {string.Join(", ", ports)}");
    }

    private static Route? TranslateRule(KubeObject source, TcpIngressSpec spec, int i, ClusterIndex index, CrdStatusBuilder status)
    {
        var rule = spec.Rules[i];
        var field = $"spec.rules[{i}]";
        if (rule.Port is < 1 or > 65535)
        {
            status.Invalid($"{field}.port", $"port {rule.Port} is not from 1 to 65535");
            return null;
        }

        if (string.IsNullOrEmpty(rule.Backend.ServiceName) || rule.Backend.ServicePort is < 1 or > 65535)
        {
            status.Invalid($"{field}.backend", "serviceName and a servicePort from 1 to 65535 are required");
            return null;
        }

        var id = $"tcpingress/{source.Namespace}/{source.Name}/rule/{i}";
        var servicePort = rule.Backend.ServicePort.ToString(CultureInfo.InvariantCulture);
        var resolution = BackendResolver.Resolve(index, source.Namespace, rule.Backend.ServiceName, servicePort);
        if (resolution.Error is { } missing)
        {
            // Kept with no endpoints: connections on the port are refused rather than sent elsewhere.
            status.Unresolved($"{field}.backend", resolution.Reason ?? "ServiceNotFound", missing);
        }

        var backend = new Backend(
            $"{id}/backend/0",
            $"{source.Namespace}/{rule.Backend.ServiceName}:{servicePort}",
            new SourceRef("Service", source.Namespace, rule.Backend.ServiceName),
            1,
            resolution.Endpoints,
            0,
            BackendTransport.Default);

        if (string.IsNullOrEmpty(rule.Host))
        {
            return new Route(id, source.Ref, "HostSNI(`*`)", new HostSniMatcher("*"), 0, RouteTls.None, [], [backend]);
        }

        var host = rule.Host.ToLowerInvariant();
        if (Certificate(source, spec, host, index, status) is not { } certificate)
        {
            return null;
        }

        var termination = new TlsTermination([certificate], certificate, TlsOptions.Default);
        var priority = host.StartsWith("*.", StringComparison.Ordinal) ? host.Length : 10_000 + host.Length;
        return new Route(id, source.Ref, $"HostSNI(`{host}`)", new HostSniMatcher(host), priority, new RouteTls(TlsMode.Terminate, termination), [], [backend]);
    }

    /// <summary>The certificate of the first tls entry whose hosts list <paramref name="host"/>.</summary>
    private static TlsCertificate? Certificate(KubeObject source, TcpIngressSpec spec, string host, ClusterIndex index, CrdStatusBuilder status)
    {
        var entries = spec.Tls ?? [];
        for (var t = 0; t < entries.Count; t++)
        {
            if (!(entries[t].Hosts ?? []).Any(h => string.Equals(h, host, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var certificate = SecretResolver.ResolveTls(index, source.Namespace, entries[t].SecretName, out var error);
            if (certificate is null)
            {
                status.Unresolved($"spec.tls[{t}].secretName", "SecretNotFound", error ?? $"Secret {source.Namespace}/{entries[t].SecretName} not found");
            }

            return certificate;
        }

        status.Unresolved("spec.tls", "SecretNotFound", $"no tls entry lists host {host}: a rule with host terminates TLS and needs a certificate");
        return null;
    }
}
