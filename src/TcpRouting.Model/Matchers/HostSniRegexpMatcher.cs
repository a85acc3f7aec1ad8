using System.Text.RegularExpressions;

namespace TcpRouting.Model.Matchers;

/// <summary>
/// HostSNIRegexp: the SNI matches the .NET pattern (translation converts Traefik's syntax into it). The engine is
/// RegexOptions.NonBacktracking: linear in the length of the name whatever the pattern, as Go's RE2 is in Traefik,
/// so a pattern with nested quantifiers such as ^(a|aa)+$ cannot make a ClientHello burn CPU (issue 12, finding 1).
/// It refuses what RE2 refuses too (backreferences, lookarounds, atomic groups, conditionals): the constructor
/// throws NotSupportedException naming the construct. A connection without SNI is matched as the empty name, as
/// Traefik does, so a pattern that matches "" also matches a ClientHello that carries no server_name.
/// </summary>
public sealed record HostSniRegexpMatcher : Matcher
{
    private readonly Regex _regex;

    /// <exception cref="ArgumentException">The pattern is not a regular expression.</exception>
    /// <exception cref="NotSupportedException">The pattern needs backtracking (the message names the construct).</exception>
    public HostSniRegexpMatcher(string pattern)
    {
        Pattern = pattern;
        _regex = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
    }

    public string Pattern { get; }

    public override bool NeedsClientHello => true;

    public override bool Matches(in ConnectionFacts facts) => _regex.IsMatch(facts.ServerName ?? string.Empty);

    // Equality by pattern: two compiled Regex instances never compare equal by reference.
    public bool Equals(HostSniRegexpMatcher? other) => other is not null && string.Equals(Pattern, other.Pattern, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Pattern);
}
