using System.Net.Sockets;
using FluentAssertions;
using TcpRouting.Model;
using TcpRouting.Proxy.Protocols;
using TcpRouting.Proxy.Tests.Support;
using TcpRouting.Testing.Network;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Peeking;

public sealed class PostgresSslRequestTests
{
    [Fact]
    public async Task Passthrough_replays_the_ssl_request_and_swallows_the_backend_answer()
    {
        var certificate = TestCertificates.CreateLeaf(["db.test"]);
        await using var postgres = new TlsEchoServer(certificate.Certificate, postgresSslRequest: true);
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("postgres",
            Sni("db", "db.test", RouteTls.Passthrough, Backend("pg", postgres.EndPoint)))));

        await using var tls = await ConnectWithSslRequestAsync(proxy, "db.test");

        (await Client.TlsEchoAsync(tls, "startup")).Should().Be("startup");
        postgres.ServerNames.Should().Equal("db.test");
    }

    [Fact]
    public async Task Termination_answers_the_ssl_request_and_sends_plain_bytes_to_the_backend()
    {
        var certificate = TestCertificates.CreateLeaf(["db.test"]);
        await using var backend = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("postgres",
            Sni("db", "db.test", Terminate([certificate]), Backend("pg", backend.EndPoint)))));

        await using var tls = await ConnectWithSslRequestAsync(proxy, "db.test");

        // The echo returns exactly what the client sent: no SSLRequest was replayed to the plain backend.
        (await Client.TlsEchoAsync(tls, "startup")).Should().Be("startup");
    }

    private static async Task<System.Net.Security.SslStream> ConnectWithSslRequestAsync(ProxyHarness proxy, string sni)
    {
        var socket = await Client.ConnectAsync(proxy.EndPoint("postgres"));
        await socket.SendAsync(PostgresSslRequest.Bytes.ToArray());
        (await Client.ReadTextAsync(socket, 1)).Should().Be("S");
        return await Client.TlsConnectAsync(new NetworkStream(socket, ownsSocket: true), sni);
    }
}
