using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using FluentAssertions;
using TcpRouting.Proxy.Protocols;

namespace TcpRouting.Proxy.Tests.Protocols;

/// <summary>
/// Headers as haproxy, the reference implementation, writes them ("send-proxy" and "send-proxy-v2" on a
/// server line): a client connects through haproxy on loopback to a listener that reads the header.
/// </summary>
public sealed class ProxyProtocolHaproxyTests
{
    [Theory]
    [InlineData("send-proxy", 1)]
    [InlineData("send-proxy-v2", 2)]
    public async Task Reads_the_header_haproxy_sends(string option, int version)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var backend = new TcpListener(IPAddress.Loopback, 0);
        backend.Start();
        var frontendPort = FreePort();
        var config = Path.Combine(Path.GetTempPath(), $"tcpr-haproxy-{Guid.NewGuid():N}.cfg");
        await File.WriteAllTextAsync(config, $"""
            defaults
              mode tcp
              timeout connect 5s
              timeout client 10s
              timeout server 10s
            frontend in
              bind 127.0.0.1:{frontendPort}
              default_backend out
            backend out
              server backend 127.0.0.1:{((IPEndPoint)backend.LocalEndpoint).Port} {option}

            """, timeout.Token);
        using var haproxy = Process.Start(new ProcessStartInfo("haproxy", ["-db", "-f", config])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("haproxy did not start");
        try
        {
            using var client = await ConnectWhenListeningAsync(frontendPort, timeout.Token);
            await client.GetStream().WriteAsync("hello"u8.ToArray(), timeout.Token);
            using var server = await backend.AcceptTcpClientAsync(timeout.Token);
            var received = await ReadUntilAsync(server.GetStream(), "hello"u8.ToArray(), timeout.Token);

            ProxyProtocolReader.TryRead(new ReadOnlySequence<byte>(received), out var header).Should().Be(PeekStatus.Done);

            header!.Version.Should().Be(version);
            header.Source.Should().Be(client.Client.LocalEndPoint);
            header.Destination.Should().Be(new IPEndPoint(IPAddress.Loopback, frontendPort));
            Encoding.ASCII.GetString(received[header.Length..]).Should().Be("hello");
        }
        finally
        {
            haproxy.Kill(entireProcessTree: true);
            await haproxy.WaitForExitAsync(CancellationToken.None);
            File.Delete(config);
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>haproxy binds a moment after it starts: retry until it accepts or the deadline passes.</summary>
    private static async Task<TcpClient> ConnectWhenListeningAsync(int port, CancellationToken cancellationToken)
    {
        while (true)
        {
            var client = new TcpClient(AddressFamily.InterNetwork);
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return client;
            }
            catch (SocketException)
            {
                client.Dispose();
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    private static async Task<byte[]> ReadUntilAsync(NetworkStream stream, byte[] suffix, CancellationToken cancellationToken)
    {
        var received = new List<byte>();
        var chunk = new byte[1024];
        while (!received.ToArray().AsSpan().EndsWith(suffix))
        {
            var read = await stream.ReadAsync(chunk, cancellationToken);
            if (read == 0)
            {
                throw new EndOfStreamException($"haproxy closed after {received.Count} bytes");
            }

            received.AddRange(chunk.AsSpan(0, read).ToArray());
        }

        return [.. received];
    }
}
