using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TcpRouting.Model;

namespace TcpRouting.Proxy.Tests.Support;

/// <summary>A started ProxyServer on loopback with the table it serves.</summary>
internal sealed class ProxyHarness : IAsyncDisposable
{
    private ProxyHarness(RouteTableHolder holder, ProxyServer server)
    {
        Holder = holder;
        Server = server;
    }

    public RouteTableHolder Holder { get; }

    public ProxyServer Server { get; }

    public static async Task<ProxyHarness> StartAsync(RouteTable table, TimeProvider? time = null, ProxyOptions? options = null, ILoggerFactory? logs = null)
    {
        var holder = new RouteTableHolder(table);
        var server = new ProxyServer(holder, options ?? new ProxyOptions(), logs ?? NullLoggerFactory.Instance, time ?? TimeProvider.System);
        await server.StartAsync(CancellationToken.None);
        return new ProxyHarness(holder, server);
    }

    public IPEndPoint EndPoint(string entryPoint) => Server.BoundListeners[entryPoint];

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
