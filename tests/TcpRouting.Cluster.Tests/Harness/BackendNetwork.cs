using System.Net;
using System.Net.Sockets;
using TcpRouting.Testing.Peers;

namespace TcpRouting.Cluster.Tests.Harness;

/// <summary>
/// A network namespace of the test's own, joined to the host by a veth pair on a /30 of 198.18.0.0/15
/// (RFC 2544 benchmarking space): EndpointSlices refuse loopback addresses, so backends listen on the
/// namespace's address and EndpointSlices name it. Names carry a random suffix, so runs never collide.
/// </summary>
public sealed class BackendNetwork : IAsyncDisposable
{
    private readonly List<BannerBackend> _backends = [];

    private BackendNetwork(string name, IPAddress hostAddress, IPAddress address)
    {
        Name = name;
        HostAddress = hostAddress;
        Address = address;
    }

    /// <summary>The namespace's name under /var/run/netns.</summary>
    public string Name { get; }

    public IPAddress HostAddress { get; }

    /// <summary>The namespace's address: what EndpointSlices name.</summary>
    public IPAddress Address { get; }

    public static async Task<BackendNetwork> CreateAsync()
    {
        var suffix = Random.Shared.Next(0x10000, 0xFFFFF).ToString("x", System.Globalization.CultureInfo.InvariantCulture);
        var name = "tcpr-cl-" + suffix;
        var taken = (await RunIpAsync("-4", "-o", "addr", "show").ConfigureAwait(false));
        // A /30 in 198.18.0.0/15 not already on a host interface (other test runs use this range too).
        var (host, inside) = Enumerable.Range(0, 64).Select(_ => Subnet()).First(s => !taken.Contains(s.Host.ToString() + "/", StringComparison.Ordinal));
        var network = new BackendNetwork(name, host, inside);
        try
        {
            var hostSide = "tcl" + suffix;
            var inner = "tcn" + suffix;
            await RunIpAsync("netns", "add", name).ConfigureAwait(false);
            await RunIpAsync("link", "add", hostSide, "type", "veth", "peer", "name", inner).ConfigureAwait(false);
            await RunIpAsync("link", "set", inner, "netns", name).ConfigureAwait(false);
            await RunIpAsync("addr", "add", $"{host}/30", "dev", hostSide).ConfigureAwait(false);
            await RunIpAsync("link", "set", hostSide, "up").ConfigureAwait(false);
            await RunIpAsync("-n", name, "addr", "add", $"{inside}/30", "dev", inner).ConfigureAwait(false);
            await RunIpAsync("-n", name, "link", "set", inner, "up").ConfigureAwait(false);
            await RunIpAsync("-n", name, "link", "set", "lo", "up").ConfigureAwait(false);
            return network;
        }
        catch
        {
            await network.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A backend in the namespace that greets every connection with <paramref name="greeting"/>.</summary>
    public BannerBackend StartBackend(string greeting)
    {
        var backend = BannerBackend.Start(NetworkNamespace.Listen(Name, new IPEndPoint(Address, 0)), greeting);
        _backends.Add(backend);
        return backend;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var backend in _backends)
        {
            await backend.DisposeAsync().ConfigureAwait(false);
        }

        // Deleting the namespace deletes its veth end, and with it the host's end.
        await Command.RunAsync(ExternalProgram.Find("ip", "iproute2"), ["netns", "delete", Name], TimeSpan.FromSeconds(30)).ConfigureAwait(false);
    }

    private static (IPAddress Host, IPAddress Inside) Subnet()
    {
        var third = Random.Shared.Next(0, 512);
        var fourth = Random.Shared.Next(0, 64) * 4;
        return (new IPAddress([198, (byte)(18 + (third >> 8)), (byte)third, (byte)(fourth + 1)]), new IPAddress([198, (byte)(18 + (third >> 8)), (byte)third, (byte)(fourth + 2)]));
    }

    private static async Task<string> RunIpAsync(params string[] arguments)
    {
        var run = await Command.RunAsync(ExternalProgram.Find("ip", "iproute2"), arguments, TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        return run.ExitCode == 0 ? run.Stdout : throw new InvalidOperationException(run.ToString());
    }
}
