using System.Net;
using TcpRouting.Model;
using TcpRouting.Translation.Rules;

namespace TcpRouting.Translation.Tests.Rules.Traefik;

/// <summary>
/// One case of Traefik's TCP rule tables (pkg/muxer/tcp mux_test.go, matcher_test.go, matcher_v2_test.go), written
/// as data: the rule, what the connection carries, and Traefik's outcome. Sni is what our ClientHello reader hands
/// the matcher (lower case, one trailing dot dropped, null without server_name), as Traefik's NewConnData lower-cases it.
/// </summary>
/// <param name="Expect">"match", "no match" or "error".</param>
public sealed record RuleCase(string Source, RuleSyntax Syntax, string Rule, string? Sni, string Client, string[] Alpn, string Expect)
{
    public ConnectionFacts Facts => new(IPAddress.Parse(Client), true, Sni, Alpn);

    public override string ToString() => $"{Source} [{Syntax}] {Rule} sni={Sni ?? "(none)"} ip={Client} alpn={string.Join(',', Alpn)} => {Expect}";
}
