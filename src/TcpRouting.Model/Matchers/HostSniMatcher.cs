namespace TcpRouting.Model.Matchers;

/// <summary>
/// HostSNI(`name`): "*" matches every connection (TLS or not); "*.example.com" matches any name that
/// ends in ".example.com" (suffix match, as Gateway API hostnames); anything else is an exact,
/// case-insensitive match on the SNI, so it never matches a connection without SNI.
/// </summary>
public sealed record HostSniMatcher : Matcher
{
    public HostSniMatcher(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        Host = host.ToLowerInvariant();
    }

    public string Host { get; }

    public bool IsWildcard => Host.StartsWith("*.", StringComparison.Ordinal);

    public override bool NeedsClientHello => Host != "*";

    public override bool IsCatchAll => Host == "*";

    public override bool Matches(in ConnectionFacts facts)
    {
        if (Host == "*")
        {
            return true;
        }

        var sni = facts.ServerName;
        if (sni is null)
        {
            return false;
        }

        return IsWildcard
            ? sni.Length > Host.Length - 1 && sni.EndsWith(Host.AsSpan(1), StringComparison.OrdinalIgnoreCase)
            : string.Equals(sni, Host, StringComparison.OrdinalIgnoreCase);
    }
}
