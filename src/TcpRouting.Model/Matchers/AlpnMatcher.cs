namespace TcpRouting.Model.Matchers;

/// <summary>ALPN(`h2`): the ClientHello offers this protocol.</summary>
public sealed record AlpnMatcher(string Protocol) : Matcher
{
    public override bool NeedsClientHello => true;

    public override bool Matches(in ConnectionFacts facts)
    {
        foreach (var offered in facts.AlpnProtocols)
        {
            if (string.Equals(offered, Protocol, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
