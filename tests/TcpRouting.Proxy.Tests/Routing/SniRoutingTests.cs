using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using FluentAssertions;
using TcpRouting.Model;
using TcpRouting.Proxy.Tests.Support;
using TcpRouting.Testing.Network;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Routing;

public sealed class SniRoutingTests
{
    [Fact]
    public async Task Passthrough_and_termination_share_one_port_by_sni()
    {
        var backendCertificate = TestCertificates.CreateLeaf(["pass.test"]);
        var proxyCertificate = TestCertificates.CreateLeaf(["term.test"]);
        await using var tlsBackend = new TlsEchoServer(backendCertificate.Certificate);
        await using var plainBackend = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("websecure",
            Sni("pass", "pass.test", RouteTls.Passthrough, Backend("tls-backend", tlsBackend.EndPoint)),
            Sni("term", "term.test", Terminate([proxyCertificate]), Backend("plain-backend", plainBackend.EndPoint)))));
        var endPoint = proxy.EndPoint("websecure");

        X509Certificate? passSeen = null;
        using var passSocket = await Client.ConnectAsync(endPoint);
        await using var pass = await Client.TlsConnectAsync(new NetworkStream(passSocket), "pass.test", (_, c, _, _) => (passSeen = c) is not null);
        (await Client.TlsEchoAsync(pass, "through")).Should().Be("through");

        X509Certificate? termSeen = null;
        using var termSocket = await Client.ConnectAsync(endPoint);
        await using var term = await Client.TlsConnectAsync(new NetworkStream(termSocket), "term.test", (_, c, _, _) => (termSeen = c) is not null);
        (await Client.TlsEchoAsync(term, "terminated")).Should().Be("terminated");

        passSeen!.GetCertHashString().Should().Be(backendCertificate.Certificate.GetCertHashString());
        termSeen!.GetCertHashString().Should().Be(proxyCertificate.Certificate.GetCertHashString());
        tlsBackend.ServerNames.Should().Equal("pass.test");
        plainBackend.Accepted.Should().Be(1);
    }

    [Fact]
    public async Task Wildcard_route_takes_subdomains_and_terminates_with_the_wildcard_certificate()
    {
        var wildcard = TestCertificates.CreateLeaf(["*.apps.test"]);
        await using var backend = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("websecure",
            Sni("apps", "*.apps.test", Terminate([wildcard]), Backend("b", backend.EndPoint)))));

        X509Certificate? seen = null;
        using var socket = await Client.ConnectAsync(proxy.EndPoint("websecure"));
        await using var tls = await Client.TlsConnectAsync(new NetworkStream(socket), "shop.apps.test", (_, c, _, _) => (seen = c) is not null);

        (await Client.TlsEchoAsync(tls, "hello")).Should().Be("hello");
        seen!.GetCertHashString().Should().Be(wildcard.Certificate.GetCertHashString());
    }

    [Fact]
    public async Task Termination_without_certificates_serves_the_generated_default()
    {
        await using var backend = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("websecure",
            Sni("r", "any.test", Terminate([]), Backend("b", backend.EndPoint)))));

        X509Certificate? seen = null;
        using var socket = await Client.ConnectAsync(proxy.EndPoint("websecure"));
        await using var tls = await Client.TlsConnectAsync(new NetworkStream(socket), "any.test", (_, c, _, _) => (seen = c) is not null);

        (await Client.TlsEchoAsync(tls, "x")).Should().Be("x");
        seen!.Subject.Should().Contain("TcpRouting default certificate");
    }

    [Fact]
    public async Task Unknown_sni_is_closed_without_a_tls_alert()
    {
        await using var backend = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("websecure",
            Sni("known", "known.test", RouteTls.Passthrough, Backend("b", backend.EndPoint)))));

        using var socket = await Client.ConnectAsync(proxy.EndPoint("websecure"));
        var recording = new RecordingStream(new NetworkStream(socket));
        var handshake = () => Client.TlsConnectAsync(recording, "unknown.test");

        await handshake.Should().ThrowAsync<Exception>().Where(e => e is AuthenticationException || e is IOException);
        recording.BytesRead.Should().Be(0, "a refused connection gets a FIN or RST, never a TLS alert");
        backend.Accepted.Should().Be(0);
    }

    [Fact]
    public async Task Plain_connection_on_a_tls_port_takes_the_plain_catch_all()
    {
        var certificate = TestCertificates.CreateLeaf(["pass.test"]);
        await using var tlsBackend = new TlsEchoServer(certificate.Certificate);
        await using var plainBackend = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("mixed",
            Sni("pass", "pass.test", RouteTls.Passthrough, Backend("tls", tlsBackend.EndPoint)),
            CatchAll("plain", Backend("plain", plainBackend.EndPoint)))));

        (await Client.EchoAsync(proxy.EndPoint("mixed"), "GET / HTTP/1.0\r\n\r\n")).Should().Be("GET / HTTP/1.0\r\n\r\n");
        tlsBackend.Accepted.Should().Be(0);
    }
}
