using System.Collections.Immutable;
using System.Net;
using TcpRouting.Model;
using TcpRouting.Model.Matchers;
using TcpRouting.Testing.Network;

namespace TcpRouting.Proxy.Tests.Support;

/// <summary>Builds Model tables by hand, with defaults that suit loopback tests.</summary>
internal static class Tables
{
    private static readonly SourceRef Source = new("IngressRouteTCP", "default", "test");
    private static int _fingerprint;

    /// <summary>Long enough that a half-closed echo never gets cut by the termination delay in a test.</summary>
    public static BackendTransport Transport(BackendTls? tls = null, TimeSpan? terminationDelay = null) =>
        new("test", TimeSpan.FromSeconds(10), terminationDelay ?? TimeSpan.FromSeconds(30), tls);

    public static RouteTable Table(params Listener[] listeners) =>
        new([.. listeners], $"test-{Interlocked.Increment(ref _fingerprint)}");

    public static Listener Listener(string name, ListenerOptions? options, params Route[] routes) =>
        ListenerAt(name, new IPEndPoint(IPAddress.Loopback, 0), options, routes);

    public static Listener Listener(string name, params Route[] routes) => Listener(name, null, routes);

    public static Listener ListenerAt(string name, IPEndPoint endPoint, ListenerOptions? options, params Route[] routes) =>
        new(name, endPoint.ToString(), endPoint, options ?? ListenerOptions.Default, [.. routes]);

    public static Route Route(string id, Matcher match, RouteTls tls, Backend[] backends, params Middleware[] middlewares) =>
        new(id, Source, id, match, 0, tls, [.. middlewares], [.. backends]);

    public static Route CatchAll(string id, params Backend[] backends) =>
        Route(id, new HostSniMatcher("*"), RouteTls.None, backends);

    public static Route Sni(string id, string host, RouteTls tls, params Backend[] backends) =>
        Route(id, new HostSniMatcher(host), tls, backends);

    public static Backend Backend(string id, params IPEndPoint[] endpoints) => Backend(id, 1, endpoints);

    public static Backend Backend(string id, int weight, params IPEndPoint[] endpoints) =>
        new(id, id, null, weight, [.. endpoints.Select(e => new BackendEndpoint(e.Address.ToString(), e.Port))], 0, Transport());

    public static RouteTls Terminate(TestCertificate[] certificates, TestCertificate? defaultCertificate = null, TlsOptions? options = null) =>
        new(TlsMode.Terminate, new TlsTermination(
            [.. certificates.Select((c, i) => ToModel(c, $"secret/default/cert-{i}"))],
            defaultCertificate is null ? null : ToModel(defaultCertificate, "secret/default/default-cert"),
            options ?? TlsOptions.Default));

    public static TlsCertificate ToModel(TestCertificate certificate, string id) =>
        new(id, certificate.CertificatePem, certificate.KeyPem, [.. certificate.DnsNames]);

    public static ListenerOptions TrustProxyProtocol() =>
        ListenerOptions.Default with { ProxyProtocolTrustedIps = [IPNetwork.Parse("127.0.0.0/8")] };

    public static ImmutableArray<IPNetwork> Networks(params string[] cidrs) => [.. cidrs.Select(IPNetwork.Parse)];
}
