using System.Net;
using FluentAssertions;
using TcpRouting.Model;
using TcpRouting.Model.Matchers;
using TcpRouting.Translation.Rules;

namespace TcpRouting.Translation.Tests.Rules;

public sealed class RuleParserTests
{
    [Theory]
    [InlineData("HostSNI(`*`)", "HostSNI(`*`)")]
    [InlineData("HostSNI(`DB.Example.com`)", "HostSNI(`db.example.com`)")]
    [InlineData("HostSNI(\"db.example.com\")", "HostSNI(`db.example.com`)")]
    [InlineData("HostSNI(`db.example.com.`)", "HostSNI(`db.example.com`)")]
    [InlineData("ClientIP(`10.0.0.0/8`)", "ClientIP(`10.0.0.0/8`)")]
    [InlineData("ClientIP(`10.0.0.1`)", "ClientIP(`10.0.0.1/32`)")]
    [InlineData("ClientIP(`::1`)", "ClientIP(`::1/128`)")]
    [InlineData("ALPN(`h2`)", "ALPN(`h2`)")]
    [InlineData("HostSNIRegexp(`^db-[0-9]+\\.example\\.com$`)", "HostSNIRegexp(`^db-[0-9]+\\.example\\.com$`)")]
    [InlineData("HostSNIRegexp(`^(?P<db>[a-z]+)\\.example\\.com$`)", "HostSNIRegexp(`^(?<db>[a-z]+)\\.example\\.com$`)")]
    public void Parses_each_matcher(string rule, string canonical)
    {
        Parse(rule).Should().Be(canonical);
    }

    [Theory]
    [InlineData("HostSNI(`a.com`) || HostSNI(`b.com`) && ClientIP(`10.0.0.0/8`)", "(HostSNI(`a.com`) || (HostSNI(`b.com`) && ClientIP(`10.0.0.0/8`)))")]
    [InlineData("(HostSNI(`a.com`) || HostSNI(`b.com`)) && ClientIP(`10.0.0.0/8`)", "((HostSNI(`a.com`) || HostSNI(`b.com`)) && ClientIP(`10.0.0.0/8`))")]
    [InlineData("!ClientIP(`10.0.0.0/8`) && HostSNI(`*`)", "(!ClientIP(`10.0.0.0/8`) && HostSNI(`*`))")]
    [InlineData("!(ClientIP(`10.0.0.0/8`) || ALPN(`h2`))", "!(ClientIP(`10.0.0.0/8`) || ALPN(`h2`))")]
    [InlineData("!!ALPN(`h2`)", "ALPN(`h2`)")]
    [InlineData("!!!ALPN(`h2`)", "!ALPN(`h2`)")]
    [InlineData("ALPN(`a`) && ALPN(`b`) && ALPN(`c`)", "((ALPN(`a`) && ALPN(`b`)) && ALPN(`c`))")]
    [InlineData("ALPN(`a`)||ALPN(`b`)||ALPN(`c`)", "((ALPN(`a`) || ALPN(`b`)) || ALPN(`c`))")]
    public void Applies_traefik_precedence(string rule, string canonical)
    {
        Parse(rule).Should().Be(canonical);
    }

    [Fact]
    public void V2_allows_several_values_and_host_templates()
    {
        Parse("HostSNI(`a.com`, `b.com`)", RuleSyntax.V2).Should().Be("(HostSNI(`a.com`) || HostSNI(`b.com`))");
        Parse("ClientIP(`10.0.0.1`, `::1`)", RuleSyntax.V2).Should().Be("(ClientIP(`10.0.0.1/32`) || ClientIP(`::1/128`))");
        Parse("HostSNIRegexp(`{sub:[a-z]{2,3}}.example.com`)", RuleSyntax.V2).Should().Be("HostSNIRegexp(`(?i)^(?:[a-z]{2,3})\\.example\\.com$`)");
        Parse("HostSNIRegexp(`{sub}.example.com`)", RuleSyntax.V2).Should().Be("HostSNIRegexp(`(?i)^(?:[^.]+)\\.example\\.com$`)");
    }

    [Fact]
    public void V2_host_templates_match_the_whole_name()
    {
        RuleParser.TryParse("HostSNIRegexp(`{sub:[a-z]+}.example.com`)", RuleSyntax.V2, out var matcher, out _).Should().BeTrue();
        Matches(matcher!, "db.example.com").Should().BeTrue();
        Matches(matcher!, "db.example.com.evil.net").Should().BeFalse();
        Matches(matcher!, "db1.example.com").Should().BeFalse();
    }

    [Theory]
    [InlineData("", "column 1: the rule is empty")]
    [InlineData("   ", "column 1: the rule is empty")]
    [InlineData("(HostSNI(`*`)", "column 14: expected \")\" to close the parenthesis but found end of rule")]
    [InlineData("HostSNI(`*`))", "column 13: expected an operator (&& or ||) or the end of the rule but found \")\"")]
    [InlineData("Host(`a.com`)", "column 1: unknown matcher \"Host\"")]
    [InlineData("HostSNI(abc)", "column 9: expected a `value` in backticks as argument of HostSNI but found \"abc\"")]
    [InlineData("HostSNI(`a.com)", "column 9: unterminated string: missing closing backtick")]
    [InlineData("HostSNI(\"a.com)", "column 9: unterminated string: missing closing quote")]
    [InlineData("HostSNI()", "column 1: HostSNI needs a value")]
    [InlineData("HostSNI(``)", "column 9: HostSNI needs a non-empty value")]
    [InlineData("HostSNI(`a b`)", "column 9: HostSNI value `a b` is not a valid host name or IP")]
    [InlineData("ClientIP(`10.0.0.0/33`)", "column 10: ClientIP: \"10.0.0.0/33\" has an invalid prefix length")]
    [InlineData("ClientIP(`nope`)", "column 10: ClientIP: \"nope\" is not an IP address or CIDR")]
    [InlineData("HostSNI(`*`) &&", "column 16: expected a matcher (HostSNI, HostSNIRegexp, ClientIP or ALPN), \"!\" or \"(\" but found end of rule")]
    [InlineData("HostSNI(`*`) ||", "column 16: expected a matcher")]
    [InlineData("HostSNI(`*`) & ALPN(`h2`)", "column 14: expected \"&&\" but found \"&\"")]
    [InlineData("HostSNI(`*`) ALPN(`h2`)", "column 14: expected an operator (&& or ||) or the end of the rule but found \"ALPN\"")]
    [InlineData("HostSNI(`a.com`, `b.com`)", "column 18: HostSNI takes one value in the v3 syntax")]
    [InlineData("HostSNI(`a.com`,)", "column 17: expected a `value` in backticks after \",\" in HostSNI but found \")\"")]
    [InlineData("HostSNI `a.com`", "column 9: expected \"(\" after HostSNI but found string `a.com`")]
    [InlineData("HostSNIRegexp(`[a-z`)", "column 15: HostSNIRegexp value `[a-z` is not a valid regular expression")]
    [InlineData("ALPN(`acme-tls/1`)", "column 6: ALPN value `acme-tls/1` is reserved")]
    [InlineData("HostSNI(`*`) # x", "column 14: unexpected character '#'")]
    public void Names_the_column_and_what_was_expected(string rule, string error)
    {
        RuleParser.TryParse(rule, RuleSyntax.V3, out var matcher, out var message).Should().BeFalse();
        matcher.Should().BeNull();
        message.Should().StartWith(error);
    }

    [Fact]
    public void Names_the_limit_instead_of_overflowing_the_stack()
    {
        // Issue 12, finding 2: 25,000 `!` crashed validate with a stack overflow.
        Error(new string('!', 25_000) + "HostSNI(`*`)").Should().Be($"the rule is 25012 characters long; the limit is {RuleLimits.MaxLength}");
        Error(new string('(', 3_000) + "HostSNI(`*`)" + new string(')', 3_000)).Should().Be($"column {RuleLimits.MaxDepth + 1}: parentheses nest deeper than {RuleLimits.MaxDepth} levels (the limit)");
        Parse(new string('!', 8_000) + "HostSNI(`*`)").Should().Be("HostSNI(`*`)");
        Parse(new string('(', RuleLimits.MaxDepth) + "ALPN(`h2`)" + new string(')', RuleLimits.MaxDepth)).Should().Be("ALPN(`h2`)");
    }

    [Fact]
    public void Formats_and_matches_the_longest_chain_the_limit_allows()
    {
        var terms = RuleLimits.MaxLength / 12;
        var rule = string.Join("||", Enumerable.Range(0, terms).Select(i => $"ALPN(`{i % 10}`)"));
        RuleParser.TryParse(rule, RuleSyntax.V3, out var matcher, out var error).Should().BeTrue(error);
        MatcherText.Format(matcher!).Should().StartWith(new string('(', terms - 1) + "ALPN(`0`) || ALPN(`1`))");
        matcher!.Matches(new ConnectionFacts(IPAddress.Loopback, true, null, ["x"])).Should().BeFalse();
    }

    [Theory]
    [InlineData("hostSni(`a`)", "unknown matcher \"hostSni\" (Traefik accepts HostSNI, hostsni, HOSTSNI or Hostsni)")]
    [InlineData("HostSNI(`*.example.com`)", "Traefik's HostSNI takes no wildcard, use HostSNIRegexp(`^[^.]+\\.example\\.com$`)")]
    [InlineData("HostSNIRegexp(`^(a)\\1$`)", "needs backtracking")]
    [InlineData("HostSNIRegexp(`^(?=a)`)", "needs backtracking")]
    [InlineData("HostSNIRegexp(`^é$`)", "non-ASCII")]
    public void Explains_refusals(string rule, string why)
    {
        Error(rule).Should().Contain(why);
    }

    [Fact]
    public void Reads_re2_ascii_classes()
    {
        RuleParser.TryParse("HostSNIRegexp(`^[[:alpha:]]+[[:digit:]]\\.example\\.com$`)", RuleSyntax.V3, out var matcher, out _).Should().BeTrue();
        Matches(matcher!, "db1.example.com").Should().BeTrue();
        Matches(matcher!, ":1.example.com").Should().BeFalse();
    }

    [Theory]
    [InlineData("HostSNI(`*`)", null, -1)]
    [InlineData("HOSTSNI(`*`)", null, -1)]
    [InlineData("HostSNI(\"*\")", 0, -1)]
    [InlineData("(HostSNI(`*`))", null, -1)]
    [InlineData("HostSNI(`*`)", 5, 5)]
    [InlineData("HostSNI(`*`) || ALPN(`h2`)", null, 26)]
    [InlineData("HostSNIRegexp(`.*`)", null, 19)]
    [InlineData("ALPN(`h2`)", null, 10)]
    [InlineData("ALPN(`é`)", null, 10)] // Go's len counts bytes
    public void Priority_is_traefiks_default(string rule, int? priority, int expected)
    {
        RulePriority.Of(rule, priority).Should().Be(expected);
    }

    [Theory]
    [InlineData("HostSNIRegexp(`{sub`)", "unclosed")]
    [InlineData("HostSNIRegexp(`a}`)", "unbalanced")]
    [InlineData("HostSNIRegexp(`{:x}.com`)", "without a name")]
    public void Rejects_bad_v2_templates(string rule, string why)
    {
        RuleParser.TryParse(rule, RuleSyntax.V2, out _, out var message).Should().BeFalse();
        message.Should().Contain(why);
    }

    [Fact]
    public void Evaluates_parsed_rules()
    {
        RuleParser.TryParse("HostSNI(`db.example.com`) && !ClientIP(`10.0.0.0/8`)", RuleSyntax.V3, out var matcher, out _).Should().BeTrue();
        Matches(matcher!, "db.example.com", "192.168.1.1").Should().BeTrue();
        Matches(matcher!, "db.example.com", "10.1.1.1").Should().BeFalse();
        Matches(matcher!, "other.example.com", "192.168.1.1").Should().BeFalse();
    }

    [Fact]
    public void Two_rules_that_differ_only_in_where_a_quoted_backtick_falls_have_different_canonical_texts()
    {
        // Fuzzing (fuzz/findings/rule/README.md): both once formatted as (ALPN(`x`) || ALPN(`w`) || ALPN(`y`)), one fingerprint.
        var a = Parse(TestFiles.Read("TestData/Fuzz/canonical-text-collision-a.txt").Trim());
        var b = Parse(TestFiles.Read("TestData/Fuzz/canonical-text-collision-b.txt").Trim());

        a.Should().NotBe(b);
        a.Should().Be("(ALPN(\"x`) || ALPN(`w\") || ALPN(`y`))");
        Parse(a).Should().Be(a, "the canonical text parses back to the same matcher");
        Parse(b).Should().Be(b);
    }

    [Theory]
    [InlineData("ALPN(\"a`b\\\"c\\\\d\")", "a`b\"c\\d")]
    [InlineData("HostSNIRegexp(\"^a`\\\\.b$\")", "^a`\\.b$")]
    public void A_value_holding_a_backtick_is_written_quoted_with_escapes_and_reads_back(string rule, string value)
    {
        var text = Parse(rule);

        text.Should().StartWith(rule[..rule.IndexOf('(', StringComparison.Ordinal)] + "(\"");
        RuleParser.TryParse(text, RuleSyntax.V3, out var matcher, out _).Should().BeTrue();
        (matcher switch { AlpnMatcher m => m.Protocol, HostSniRegexpMatcher m => m.Pattern, _ => null }).Should().Be(value);
    }

    private static string Error(string rule)
    {
        RuleParser.TryParse(rule, RuleSyntax.V3, out _, out var error).Should().BeFalse();
        return error!;
    }

    private static string Parse(string rule, RuleSyntax syntax = RuleSyntax.V3)
    {
        RuleParser.TryParse(rule, syntax, out var matcher, out var error).Should().BeTrue(error);
        return MatcherText.Format(matcher!);
    }

    private static bool Matches(Matcher matcher, string sni, string client = "192.0.2.1") =>
        matcher.Matches(new ConnectionFacts(IPAddress.Parse(client), true, sni, []));
}
