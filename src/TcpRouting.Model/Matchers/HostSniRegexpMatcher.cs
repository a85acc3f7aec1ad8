using System.Text.RegularExpressions;

namespace TcpRouting.Model.Matchers;

/// <summary>HostSNIRegexp: the SNI must match the .NET pattern in full (translation anchors and converts it).</summary>
public sealed record HostSniRegexpMatcher : Matcher
{
    private readonly Regex _regex;

    public HostSniRegexpMatcher(string pattern)
    {
        Pattern = pattern;
        _regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(100));
    }

    public string Pattern { get; }

    public override bool NeedsClientHello => true;

    public override bool Matches(in ConnectionFacts facts)
    {
        if (facts.ServerName is null)
        {
            return false;
        }

        try
        {
            return _regex.IsMatch(facts.ServerName);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    // Equality by pattern: two compiled Regex instances never compare equal by reference.
    public bool Equals(HostSniRegexpMatcher? other) => other is not null && string.Equals(Pattern, other.Pattern, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Pattern);
}
