using TcpRouting.Translation.Rules;

namespace TcpRouting.Translation.Tests.Rules.Traefik;

/// <summary>
/// Traefik's TCP rule test cases, replayed case by case. Rows taken from a table keep its description's meaning;
/// the few that cannot carry over name why in a comment (docs/traefik-compat.md lists the differences).
/// </summary>
internal static class TraefikRuleTable
{
    private const string M = "match";
    private const string N = "no match";
    private const string E = "error";
    private const string Any = "0.0.0.0";

    public static IEnumerable<RuleCase> All => V3Matchers.Concat(Combined(RuleSyntax.V3)).Concat(Combined(RuleSyntax.V2)).Concat(V2Matchers);

    /// <summary>matcher_test.go: Test_HostSNI, Test_HostSNIRegexp, Test_ClientIP, Test_ALPN (v3).</summary>
    private static IEnumerable<RuleCase> V3Matchers =>
    [
        V3("HostSNI(``)", "x", E),
        V3("HostSNI(`example.com`, `example.org`)", "example.com", E),
        V3("HostSNI(`*.com`)", "a.com", E),
        V3("HostSNI(`🦭.com`)", "xn--9t9h.com", E),
        V3("HostSNI(`xn--9t9h.com`)", "xn--9t9h.com", M),
        V3("HostSNI(`xn--9t9h.com`)", null, N), // "🦭.com" in the hello: not ASCII, so our reader reports no SNI
        V3("HostSNI(`example.com`)", "example.com", M),
        V3("HostSNI(`example.com`)", "example.org", N),
        V3("HostSNI(`*`)", "example.com", M),
        V3("HostSNI(`*`)", null, M),
        V3("HostSNI(`example.com.`)", "example.com", M), // hello "example.com." or "example.com": both arrive as example.com
        V3("HostSNI(`foo.example.com`)", "foo.example.com", M),
        V3("HostSNIRegexp(``)", "x", E),
        V3("HostSNIRegexp(`🦭.com`)", "x", E),
        V3("HostSNIRegexp(`(example.com`)", "x", E),
        V3("HostSNIRegexp(`example.com`, `example.org`)", "example.com", E),
        V3("HostSNIRegexp(`^example\\.(com|org)$`)", "example.com", M),
        V3("HostSNIRegexp(`^example\\.(com|org)$`)", "example.org", M),
        V3("HostSNIRegexp(`^example\\.(com|org)$`)", "exampleuorg", N),
        V3("HostSNIRegexp(`^example\\.(com|org)$`)", null, N),
        V3("HostSNIRegexp(`^EXAMPLE\\.com$`)", "example.com", N), // case-sensitive; Traefik's row "EXAMPLE.com": false
        V3("HostSNIRegexp(`example.{tld:(com|org)}`)", "example.com", N), // v2 templates mean nothing in v3
        V3("HostSNIRegexp(`example.{tld:(com|org)}`)", "example.org", N),
        V3("HostSNIRegexp(`example.{tld:(com|org)}`)", null, N),
        V3("HostSNIRegexp(`.*`)", null, M), // matched against "" (Traefik evaluates the regexp on the empty name)
        V3("ClientIP(``)", "x", E),
        V3("ClientIP(`🦭/32`)", "x", E),
        V3("ClientIP(`127.0.0.1`, `127.0.0.2`)", "x", E),
        V3("ClientIP(`20.20.20.20`)", null, M, "20.20.20.20"),
        V3("ClientIP(`20.20.20.20`)", null, N, "10.10.10.10"),
        V3("ClientIP(`20.20.20.20/24`)", null, M, "20.20.20.20"),
        V3("ClientIP(`20.20.20.20/24`)", null, M, "20.20.20.40"),
        V3("ClientIP(`20.20.20.20/24`)", null, N, "10.10.10.10"),
        V3("ALPN(`acme-tls/1`)", "x", E),
        V3("ALPN(``)", "x", E),
        V3("ALPN(`h2`, `mqtt`)", "x", E),
        V3("ALPN(`h2`)", null, M, Any, "h2"),
        V3("ALPN(`h2`)", null, N, Any, "mqtt"),
        V3("ALPN(`h2`)", null, N, Any, ""),
    ];

    /// <summary>mux_test.go / matcher_v2_test.go: Test_addTCPRoute(V2), the rows both syntaxes share.</summary>
    private static IEnumerable<RuleCase> Combined(RuleSyntax s) =>
    [
        R(s, "rulewithnotmatcher", "foobar", E),
        R(s, "HostSNI()", "foobar", E),
        R(s, "HostSNI(``)", "foobar", E),
        R(s, "HostSNI(`foobar`)", "foobar", M),
        R(s, "!HostSNI(`bar`)", "foobar", M),
        R(s, "hostsni(`foobar`)", "foobar", M),
        R(s, "HOSTSNI(`foobar`)", "foobar", M),
        R(s, "Hostsni(`foobar`)", "foobar", M), // strings.Title(strings.ToLower(name)) is the fourth spelling
        R(s, "hostSni(`foobar`)", "foobar", E), // ...and no other mix of cases
        R(s, "HostSNI(`foobar`)", "bar", N),
        R(s, "HostSNIRegexp()", "foobar", E),
        R(s, "HostSNIRegexp(``)", "foobar", E),
        R(s, "!HostSNIRegexp(`bar`)", s == RuleSyntax.V2 ? "foobar" : "foo", M),
        R(s, "hostsniregexp(`foobar`)", "foobar", M),
        R(s, "HOSTSNIREGEXP(`foobar`)", "foobar", M),
        R(s, "HostSNIRegexp(`foobar`)", "bar", N),
        R(s, "!HostSNI(`bar`)", "bar", N),
        R(s, "ClientIP()", null, E),
        R(s, "ClientIP(``)", null, E),
        R(s, "ClientIP(`invalid`)", null, E),
        R(s, "ClientIP(`10.0.0.1`)", null, M, "10.0.0.1"),
        R(s, "!ClientIP(`20.0.0.1`)", null, M, "10.0.0.1"),
        R(s, "clientip(`10.0.0.1`)", null, M, "10.0.0.1"),
        R(s, "CLIENTIP(`10.0.0.1`)", null, M, "10.0.0.1"),
        R(s, "ClientIP(`10.0.0.1`)", null, N, "10.0.0.2"),
        R(s, "!ClientIP(`10.0.0.2`)", null, N, "10.0.0.2"),
        R(s, "ClientIP(`10::10`)", null, M, "10::10"),
        R(s, "!ClientIP(`10::10`)", null, M, "::1"),
        R(s, "ClientIP(`10::10`)", null, N, "::1"),
        R(s, "ClientIP(`11.0.0.0/24`)", null, M, "11.0.0.0"),
        R(s, "ClientIP(`11.0.0.0/24`)", null, N, "10.0.0.0"),
        R(s, "ClientIP(`11::/16`)", null, M, "11::"),
        R(s, "ClientIP(`11::/16`)", null, N, "10::"),
        R(s, "ClientIP(`10.0.0.1`, `10.0.0.0`)", null, s == RuleSyntax.V2 ? M : E, "10.0.0.0"),
        R(s, "ClientIP(`11.0.0.0/16`, `10.0.0.0/16`)", null, s == RuleSyntax.V2 ? M : E, "10.0.0.0"),
        R(s, "ClientIP(`11.0.0.0/16`, `10.0.0.0`)", null, s == RuleSyntax.V2 ? M : E, "10.0.0.0"),
        R(s, "ClientIP(`11.0.0.0`, `10.0.0.0/16`)", null, s == RuleSyntax.V2 ? M : E, "10.0.0.0"),
        R(s, "HostSNI(`foobar`) && ClientIP(`10.0.0.1`)", "foobar", M, "10.0.0.1"),
        R(s, "!HostSNI(`bar`) && ClientIP(`10.0.0.1`)", "foobar", M, "10.0.0.1"),
        R(s, "HostSNI(`foobar`) && !ClientIP(`10.0.0.2`)", "foobar", M, "10.0.0.1"),
        R(s, "!HostSNI(`bar`) && !ClientIP(`10.0.0.2`)", "foobar", M, "10.0.0.1"),
        R(s, "!(HostSNI(`bar`) || ClientIP(`10.0.0.2`))", "foobar", M, "10.0.0.1"),
        R(s, "!(HostSNI(`bar`) && ClientIP(`10.0.0.2`))", "foobar", M, "10.0.0.2"),
        R(s, "!(HostSNI(`bar`) && ClientIP(`10.0.0.2`))", "bar", M, "10.0.0.1"),
        R(s, "!(HostSNI(`bar`) && ClientIP(`10.0.0.2`))", "bar", N, "10.0.0.2"),
        R(s, "!(HostSNI(`bar`) && ClientIP(`10.0.0.2`))", "foobar", M, "10.0.0.1"),
        R(s, "HostSNI(`foobar`) && ClientIP(`10.0.0.1`)", "bar", N, "10.0.0.1"),
        R(s, "HostSNI(`foobar`) && ClientIP(`10.0.0.1`)", "foobar", N, "10.0.0.2"),
        R(s, "HostSNI(`foobar`) || ClientIP(`10.0.0.1`)", "foobar", M, "10.0.0.1"),
        R(s, "HostSNI(`foobar`) || ClientIP(`10.0.0.1`)", "bar", M, "10.0.0.1"),
        R(s, "HostSNI(`foobar`) || ClientIP(`10.0.0.1`)", "foobar", M, "10.0.0.2"),
        R(s, "HostSNI(`foobar`) || ClientIP(`10.0.0.1`)", "bar", N, "10.0.0.2"),
        R(s, "HostSNI(`foobar`) || HostSNI(`foo`) || HostSNI(`bar`)", "foobar", M),
        R(s, "HostSNI(`foobar`) || HostSNI(`foo`) || HostSNI(`bar`)", "baz", N),
        R(s, "HostSNI(`foobar`) || HostSNI(`bar`) && ClientIP(`10.0.0.1`)", "foobar", M, "10.0.0.2"),
        R(s, "HostSNI(`foobar`) || HostSNI(`bar`) && ClientIP(`10.0.0.1`)", "bar", M, "10.0.0.1"),
        R(s, "HostSNI(`foobar`) || HostSNI(`bar`) && ClientIP(`10.0.0.1`)", "bar", N, "10.0.0.2"),
        R(s, "HostSNI(`foobar`) || HostSNI(`bar`) && ClientIP(`10.0.0.1`)", "baz", N, "10.0.0.1"),
        R(s, "(HostSNI(`foobar`) || HostSNI(`bar`)) && (ClientIP(`10.0.0.1`) || ClientIP(`10.0.0.2`))", "bar", M, "10.0.0.1"),
        R(s, "(HostSNI(`foobar`) || HostSNI(`bar`)) && (ClientIP(`10.0.0.1`) || ClientIP(`10.0.0.2`))", "baz", N, "10.0.0.1"),
        R(s, "(HostSNI(`foobar`) || HostSNI(`bar`)) && (ClientIP(`10.0.0.1`) || ClientIP(`10.0.0.2`))", "bar", N, "10.0.0.3"),
        R(s, "(HostSNI(`foobar`) || (HostSNI(`bar`) && !HostSNI(`foobar`))) && ((ClientIP(`10.0.0.1`) && !ClientIP(`10.0.0.2`)) || ClientIP(`10.0.0.2`)) ", "bar", M, "10.0.0.1"),
        R(s, "ALPN(`acme-tls/1`)", null, E, Any, "foo"),
        R(s, "ALPN(`foo`)", null, M, Any, "foo"),
        R(s, "ALPN(`foo`)", null, N, Any, "acme-tls/1"),
        R(s, "ALPN(`foo`)", null, N, Any, "bar"),
        R(s, "ALPN(`foo`) && !alpn(`h2`)", null, M, Any, "foo", "bar"),
        R(s, "ALPN(`foo`) && !alpn(`h2`)", null, N, Any, "foo", "h2", "bar"),
        R(s, "ALPN(`foo`) && (!alpn(`h2`) || hostsni(`foo`))", "foo", M, Any, "foo", "bar"),
        R(s, "ALPN(`foo`) && (!alpn(`h2`) || hostsni(`foo`))", "bar", N, Any, "foo", "bar", "h2"),
        R(s, "ALPN(`foo`) && (!alpn(`h2`) || hostsni(`foo`))", "bar", M, Any, "foo", "bar"),
        R(s, "ALPN(`foo`) && (!alpn(`h2`) || hostsni(`foo`))", "bar", N, Any, "h2", "bar"),
        R(s, "HostSNI(\"*\")", "foobar", M),
        R(s, "HostSNI(`10::10`)", "10::10", M), // accepted as Traefik does; see docs/traefik-compat.md (IP literals)
        R(s, "HostSNI(`127.0.0.1`)", "127.0.0.1", M),
        R(s, "HostSNI(`foo_bar.example.com`)", "foo_bar.example.com", M),
        R(s, "HostSNI(`*.bar`)", "foo.bar", E),
        R(s, "HostSNI(`foobar.`)", "foobar", M),
        R(s, "HostSNI(`héhé`)", "x", E),
    ];

    /// <summary>matcher_v2_test.go: Test_HostSNIV2, Test_HostSNIRegexpV2, Test_ClientIPV2, Test_ALPNV2, and the v2 template rows.</summary>
    private static IEnumerable<RuleCase> V2Matchers =>
    [
        V2("HostSNIRegexp(`{subdomain:[a-z]+}.foobar`)", "sub.foobar", M),
        V2("HostSNIRegexp(`{subdomain:[a-z]*}`)", null, M), // matching empty servername: a hello without SNI
        V2("HostSNIRegexp(`{dummy}`)", "toto", M),
        V2("HostSNIRegexp(`{dummy}`)", "toto.com", N),
        V2("HostSNI(`*`)", null, M),
        V2("HostSNI(`foo`, `*`)", "bar", M),
        V2("HostSNI(`foo`, `*`)", null, N), // a `*` after the first value needs some server name
        V2("HostSNI(`*`, `foo`)", null, M),
        V2("HostSNI(`foobar`, `foo-bar.baz`)", "foobar", M),
        V2("HostSNIRegexp(`subdomain:(foo\\.)?bar\\.com}`)", "x", E),
        V2("HostSNIRegexp(`{:(foo\\.)?bar\\.com}`)", "x", E),
        V2("HostSNIRegexp(`{subdomain:}`)", "x", E),
        V2("HostSNIRegexp(`{subdomain:(foo\\.?bar\\.com}`)", "x", E),
        V2("HostSNIRegexp(`bar.com`)", "bar.com", M),
        V2("HostSNIRegexp(`bar.com`)", "barucom", N),
        V2("HostSNIRegexp(`{subdomain:(foo\\.)?bar\\.com}`)", "foo.bar.com", M),
        V2("HostSNIRegexp(`{subdomain:(foo\\.)?bar\\.com}`)", "bar.com", M),
        V2("HostSNIRegexp(`{subdomain:(foo\\.)?bar\\.com}`)", "fooubar.com", N),
        V2("HostSNIRegexp(`{subdomain:(foo\\.)?bar\\.com}`)", "barucom", N),
        V2("HostSNIRegexp(`{subdomain:(foo\\.)?bar\\.com}`)", "barcom", N),
        V2("HostSNIRegexp(`{subdomain:(?:foo\\.)?bar\\.com}`)", "foo.bar.com", M),
        V2("HostSNIRegexp(`{subdomain:(?:foo\\.)?bar\\.com}`)", "fooubar.com", N),
        V2("HostSNIRegexp(`{dummy:[A-Za-z-]+\\.bar\\.com}`)", "foo.bar.com", M),
        V2("HostSNIRegexp(`{dummy:[A-Z-]+\\.bar\\.com}`)", "foo.bar.com", M), // (?i): "regex insensitive"
        V2("HostSNIRegexp(`{dummy:[a-z-]+\\.bar\\.com}`)", "fooubar.com", N),
        V2("HostSNIRegexp(`FOO.bar.com`)", "foo.bar.com", M), // "insensitive host simple"
        V2("HostSNIRegexp(`{dummy:héhé}`)", "x", N), // v2 does not refuse non-ASCII (only v3's hostSNIRegexp does)
        V2("ClientIP(`héhé`)", null, E),
        V2("ClientIP(`20.20.20.20`, `30.30.30.30`)", null, N, "10.10.10.10"),
        V2("ClientIP(`10.10.10.10`, `20.20.20.20`, `30.30.30.30`)", null, M, "20.20.20.20"),
        V2("ClientIP(`20.0.0.0/24`)", null, N, "10.10.10.10"),
        V2("ClientIP(`20.0.0.0/8`)", null, M, "20.10.10.10"),
        V2("ClientIP(`10.0.0.0/24`, `20.0.0.0/24`)", null, N, "10.10.10.10"),
        V2("ClientIP(`10.0.0.0/8`, `20.0.0.0/8`)", null, M, "20.10.10.10"),
        V2("ALPN(`h2`)", null, N),
        V2("ALPN(`h2`)", null, N, Any, "mqtt"),
        V2("ALPN(`h2`)", null, M, Any, "h2"),
        V2("ALPN(`h2`, `mqtt`)", null, N, Any, "h2c"),
        V2("ALPN(`h2`, `h2c`, `mqtt`)", null, M, Any, "h2c"),
        V2("ALPN(`h2`, `acme-tls/1`)", null, E),
    ];

    private static RuleCase V3(string rule, string? sni, string expect, string client = Any, params string[] alpn) =>
        new("matcher_test.go", RuleSyntax.V3, rule, sni, client, alpn, expect);

    private static RuleCase V2(string rule, string? sni, string expect, string client = Any, params string[] alpn) =>
        new("matcher_v2_test.go", RuleSyntax.V2, rule, sni, client, alpn, expect);

    private static RuleCase R(RuleSyntax syntax, string rule, string? sni, string expect, string client = Any, params string[] alpn) =>
        new(syntax == RuleSyntax.V3 ? "mux_test.go" : "matcher_v2_test.go", syntax, rule, sni, client, alpn, expect);
}
