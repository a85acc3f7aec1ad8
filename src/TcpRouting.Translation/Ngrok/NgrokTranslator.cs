using System.Collections.Immutable;
using System.Globalization;
using TcpRouting.Model.Matchers;
using TcpRouting.Translation.Core;
using TcpRouting.Translation.Gateway;
using TcpRouting.Translation.Ngrok.Resources;
using TcpRouting.Translation.Status;

namespace TcpRouting.Translation.Ngrok;

/// <summary>
/// ngrok.k8s.ngrok.com/v1alpha1 AgentEndpoint (tcp:// and tls:// urls) into routes and status. tcp://host:port
/// serves every connection on the port; tls://host[:port] passes TLS through by SNI host on the port (443 by
/// default). The upstream url names a Service or a DNS host (see <see cref="UpstreamResolver"/>).
/// </summary>
public static class NgrokTranslator
{
    private const string Group = "ngrok.k8s.ngrok.com";
    private const string Kind = "AgentEndpoint";

    /// <param name="objects">Every object of the snapshot, already in (creationTimestamp, namespace, name) order.</param>
    /// <returns>A status for every AgentEndpoint read.</returns>
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
        if (SpecReader.Read<AgentEndpointSpec>(source, out var error) is not { } spec)
        {
            return status.Invalid("spec", error!).Build();
        }

        var endpoint = Endpoint(spec, status);
        var backend = Upstream(source, spec, index, status);
        if (endpoint is not { } e || backend is null)
        {
            return status.Build();
        }

        var id = $"agentendpoint/{source.Namespace}/{source.Name}";
        var route = e.Sni is { } sni
            ? new Route(id, source.Ref, $"HostSNI(`{sni}`)", new HostSniMatcher(sni), sni.StartsWith("*.", StringComparison.Ordinal) ? sni.Length : 10_000 + sni.Length, RouteTls.Passthrough, [], [backend with { Id = $"{id}/backend/0" }])
            : new Route(id, source.Ref, "HostSNI(`*`)", new HostSniMatcher("*"), 0, RouteTls.None, [], [backend with { Id = $"{id}/backend/0" }]);
        table.AddToPort($"agentendpoint-{e.Port.ToString(CultureInfo.InvariantCulture)}", e.Port, route);
        return status.Build($"{spec.Url} -> {spec.Upstream.Url}");
    }

    private static (int Port, string? Sni)? Endpoint(AgentEndpointSpec spec, CrdStatusBuilder status)
    {
        if (NgrokUrl.Parse(spec.Url, out var error) is not { } url)
        {
            status.Invalid("spec.url", error!);
            return null;
        }

        switch (url.Scheme)
        {
            case "tcp" when url.Port is { } port:
                return (port, null);
            case "tcp":
                status.Invalid("spec.url", $"\"{spec.Url}\" needs a port: tcp://host:port");
                return null;
            case "tls":
                return (url.Port ?? 443, url.Host);
            default:
                status.Invalid("spec.url", $"scheme {url.Scheme} is not served by this L4 gateway; use tcp:// or tls://");
                return null;
        }
    }

    private static Backend? Upstream(KubeObject source, AgentEndpointSpec spec, ClusterIndex index, CrdStatusBuilder status)
    {
        if (spec.Upstream is null)
        {
            // `upstream: null` or none: deserialisation leaves it null in spite of the initialiser.
            status.Invalid("spec.upstream", "is required (url: tcp://service:port)");
            return null;
        }

        if (NgrokUrl.Parse(spec.Upstream.Url, out var error) is not { } url)
        {
            status.Invalid("spec.upstream.url", error!);
            return null;
        }

        if (url.Scheme is not ("tcp" or "tls") || url.Port is not { } port)
        {
            status.Invalid("spec.upstream.url", $"\"{spec.Upstream.Url}\" is not tcp://host:port or tls://host:port");
            return null;
        }

        var proxyProtocol = spec.Upstream.ProxyProtocolVersion switch
        {
            null or "" => 0,
            "1" => 1,
            "2" => 2,
            _ => -1,
        };
        if (proxyProtocol < 0)
        {
            status.Invalid("spec.upstream.proxyProtocolVersion", $"\"{spec.Upstream.ProxyProtocolVersion}\" is not \"1\" or \"2\"");
            return null;
        }

        var (service, endpoints, missing) = UpstreamResolver.Resolve(index, source.Namespace, url.Host, port);
        if (missing is not null)
        {
            status.Unresolved("spec.upstream.url", "ServiceNotFound", missing);
        }

        // tls:// upstreams are dialled with TLS, verifying the upstream host name.
        var transport = url.Scheme == "tls"
            ? BackendTransport.Default with { Name = $"agentendpoint/{source.Namespace}/{source.Name}", Tls = new BackendTls(url.Host, false, [], null, null) }
            : BackendTransport.Default;
        var name = service is null ? $"{url.Host}:{port}" : $"{service.Namespace}/{service.Name}:{port}";
        return new Backend(string.Empty, name, service, 1, endpoints, proxyProtocol, transport);
    }
}
