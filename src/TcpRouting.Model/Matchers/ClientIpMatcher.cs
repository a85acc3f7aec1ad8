using System.Net;

namespace TcpRouting.Model.Matchers;

/// <summary>ClientIP(`10.0.0.0/8`) or ClientIP(`::1`): the client address lies in the network.</summary>
public sealed record ClientIpMatcher(IPNetwork Network) : Matcher
{
    public override bool NeedsClientHello => false;

    public override bool Matches(in ConnectionFacts facts)
    {
        var address = facts.ClientAddress.IsIPv4MappedToIPv6 ? facts.ClientAddress.MapToIPv4() : facts.ClientAddress;
        return Network.Contains(address);
    }
}
