using System.Net;

namespace TcpRouting.Model.Tests.Matchers;

internal static class MatcherFacts
{
    public static ConnectionFacts Tls(string? sni, string client = "192.0.2.10", params string[] alpn) =>
        new(IPAddress.Parse(client), true, sni, alpn);

    public static ConnectionFacts Plain(string client = "192.0.2.10") => new(IPAddress.Parse(client), false, null, []);
}
