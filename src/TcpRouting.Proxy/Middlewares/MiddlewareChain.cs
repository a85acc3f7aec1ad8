using System.Net;
using TcpRouting.Proxy.Balancing;
using TcpRouting.Proxy.Connections;
using TcpRouting.Proxy.Diagnostics;

namespace TcpRouting.Proxy.Middlewares;

/// <summary>Applies a route's middlewares in order; the first refusal closes the connection.</summary>
internal static class MiddlewareChain
{
    /// <summary>Null when every middleware lets the connection through; else the rejection reason.</summary>
    public static CloseReason? Apply(Route route, ProxyConnection connection, IPAddress client, RuntimeState state)
    {
        var address = client.IsIPv4MappedToIPv6 ? client.MapToIPv4() : client;
        foreach (var middleware in route.Middlewares)
        {
            switch (middleware)
            {
                case IpAllowListMiddleware allow when !allow.Allows(address):
                    return CloseReason.AllowList;
                case InFlightConnMiddleware inFlight:
                    var counter = state.InFlight(inFlight.Id);
                    if (!counter.TryEnter(address, inFlight.Amount))
                    {
                        return CloseReason.InFlight;
                    }

                    connection.OnEnd += () => counter.Exit(address);
                    break;
            }
        }

        return null;
    }
}
