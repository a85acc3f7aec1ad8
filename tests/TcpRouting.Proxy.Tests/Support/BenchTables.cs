using System.Net;
using TcpRouting.Model;
using TcpRouting.Model.Matchers;

namespace TcpRouting.Proxy.Tests.Support;

/// <summary>The two entry points the connection benchmarks use: plain catch-all and SNI passthrough.</summary>
internal static class BenchTables
{
    public const string Plain = "plain";
    public const string Sni = "sni";
    public const string Terminate = "term";
    public const string ServerName = "app.bench.test";

    private static readonly SourceRef Source = new("IngressRouteTCP", "bench", "bench");

    public static RouteTable Build(IPEndPoint backend)
    {
        var transport = new BackendTransport("bench", TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(100), null);
        Backend Backend(string id) =>
            new(id, id, null, 1, [new BackendEndpoint(backend.Address.ToString(), backend.Port)], 0, transport);
        Route Route(string id, Matcher match, RouteTls tls) => new(id, Source, id, match, 0, tls, [], [Backend(id + "-backend")]);
        Listener Listener(string name, Route route) =>
            new(name, "127.0.0.1:0", new IPEndPoint(IPAddress.Loopback, 0), ListenerOptions.Default, [route]);

        return new RouteTable(
            [
                Listener(Plain, Route("plain-route", new HostSniMatcher("*"), RouteTls.None)),
                Listener(Sni, Route("sni-route", new HostSniMatcher(ServerName), RouteTls.Passthrough)),

                // No certificate: the proxy's self-signed one serves (enough for handshake and resumption costs).
                Listener(Terminate, Route("term-route", new HostSniMatcher("*"),
                    new RouteTls(TlsMode.Terminate, new TlsTermination([], null, TlsOptions.Default)))),
            ],
            "bench");
    }
}
