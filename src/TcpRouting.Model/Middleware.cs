using System.Collections.Immutable;
using System.Net;

namespace TcpRouting.Model;

/// <summary>A connection-level middleware applied before a backend is picked.</summary>
/// <param name="Id">Stable id, e.g. "middlewaretcp/default/db-allowlist"; keys runtime state.</param>
public abstract record Middleware(string Id, SourceRef Source);

/// <summary>Traefik ipAllowList (and the deprecated ipWhiteList): only these sources may connect.
/// The client address is the PROXY protocol source when the listener trusts it.</summary>
public sealed record IpAllowListMiddleware(string Id, SourceRef Source, ImmutableArray<IPNetwork> SourceRanges)
    : Middleware(Id, Source)
{
    public bool Allows(IPAddress client)
    {
        var address = client.IsIPv4MappedToIPv6 ? client.MapToIPv4() : client;
        foreach (var range in SourceRanges)
        {
            if (range.Contains(address))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Traefik inFlightConn: at most Amount simultaneous connections per client IP.</summary>
public sealed record InFlightConnMiddleware(string Id, SourceRef Source, int Amount) : Middleware(Id, Source);
