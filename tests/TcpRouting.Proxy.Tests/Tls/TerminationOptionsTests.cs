using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using FluentAssertions;
using TcpRouting.Model;
using TcpRouting.Model.Matchers;
using TcpRouting.Proxy.Tests.Support;
using TcpRouting.Testing.Network;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Tls;

public sealed class TerminationOptionsTests
{
    [Fact]
    public async Task Alpn_and_max_version_from_tls_options_are_negotiated()
    {
        var certificate = TestCertificates.CreateLeaf(["app.test"]);
        var options = TlsOptions.Default with { MaxVersion = TlsVersion.Tls12, AlpnProtocols = ["h2"] };
        await using var backend = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("websecure",
            Sni("r", "app.test", Terminate([certificate], options: options), Backend("b", backend.EndPoint)))));

        using var socket = await Client.ConnectAsync(proxy.EndPoint("websecure"));
        await using var tls = await Client.TlsConnectAsync(new NetworkStream(socket), "app.test",
            alpn: [SslApplicationProtocol.Http2, SslApplicationProtocol.Http11]);

        tls.NegotiatedApplicationProtocol.Should().Be(SslApplicationProtocol.Http2);
        tls.SslProtocol.Should().Be(SslProtocols.Tls12);
        (await Client.TlsEchoAsync(tls, "ok")).Should().Be("ok");
    }

    [Fact]
    public async Task Sni_strict_closes_names_without_a_certificate_without_an_alert()
    {
        var certificate = TestCertificates.CreateLeaf(["known.test"]);
        var options = TlsOptions.Default with { SniStrict = true };
        await using var backend = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("websecure",
            Route("r", new HostSniMatcher("*"), Terminate([certificate], defaultCertificate: certificate, options: options), [Backend("b", backend.EndPoint)]))));

        using var socket = await Client.ConnectAsync(proxy.EndPoint("websecure"));
        var recording = new RecordingStream(new NetworkStream(socket));
        var handshake = () => Client.TlsConnectAsync(recording, "unknown.test");

        await handshake.Should().ThrowAsync<Exception>();
        recording.BytesRead.Should().Be(0);
        backend.Accepted.Should().Be(0);
    }
}
