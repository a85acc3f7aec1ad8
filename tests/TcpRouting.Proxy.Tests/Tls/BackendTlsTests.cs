using System.Net.Sockets;
using FluentAssertions;
using TcpRouting.Model;
using TcpRouting.Proxy.Tests.Support;
using TcpRouting.Testing.Network;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Tls;

public sealed class BackendTlsTests
{
    [Fact]
    public async Task Backend_tls_verifies_against_the_given_ca_and_server_name()
    {
        var ca = TestCertificates.CreateCa();
        var leaf = TestCertificates.CreateLeaf(["backend.test"], ca, uri: "spiffe://cluster/ns/default/sa/db");
        await using var server = new TlsEchoServer(leaf.Certificate);
        var tls = new BackendTls("backend.test", false, [ca.CertificatePem], null, "spiffe://cluster/ns/default/sa/db");
        var backend = Backend("b", server.EndPoint) with { Transport = Transport(tls) };
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp", CatchAll("r", backend))));

        (await Client.EchoAsync(proxy.EndPoint("tcp"), "secret")).Should().Be("secret");
        server.ServerNames.Should().Equal("backend.test");
    }

    [Fact]
    public async Task Backend_tls_refuses_an_untrusted_certificate()
    {
        var ca = TestCertificates.CreateCa();
        var stranger = TestCertificates.CreateLeaf(["backend.test"]);
        await using var server = new TlsEchoServer(stranger.Certificate);
        var tls = new BackendTls("backend.test", false, [ca.CertificatePem], null, null);
        var backend = Backend("b", server.EndPoint) with { Transport = Transport(tls) };
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp", CatchAll("r", backend))));

        // The listener does not peek, so the backend is dialled on accept: no client bytes are needed. The reset can
        // be quicker than the client's own connect completes (it then fails with the reset): no byte either way.
        int bytes;
        try
        {
            using var client = await Client.ConnectAsync(proxy.EndPoint("tcp"));
            bytes = (await Client.ReadUntilClosedAsync(client)).Bytes;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset)
        {
            bytes = 0;
        }

        bytes.Should().Be(0, "a failed backend handshake closes the client (RST: it is an error)");
    }

    [Fact]
    public async Task Insecure_skip_verify_accepts_any_certificate()
    {
        var stranger = TestCertificates.CreateLeaf(["elsewhere.test"]);
        await using var server = new TlsEchoServer(stranger.Certificate);
        var backend = Backend("b", server.EndPoint) with { Transport = Transport(new BackendTls(null, true, [], null, null)) };
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("tcp", CatchAll("r", backend))));

        (await Client.EchoAsync(proxy.EndPoint("tcp"), "ok")).Should().Be("ok");
    }
}
