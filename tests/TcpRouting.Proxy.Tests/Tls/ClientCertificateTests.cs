using System.Net.Sockets;
using FluentAssertions;
using TcpRouting.Model;
using TcpRouting.Proxy.Tests.Support;
using TcpRouting.Testing.Network;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Tls;

public sealed class ClientCertificateTests
{
    [Fact]
    public async Task Require_and_verify_accepts_a_client_signed_by_the_ca_and_refuses_others()
    {
        var ca = TestCertificates.CreateCa();
        var good = TestCertificates.CreateLeaf([], ca, client: true);
        var bad = TestCertificates.CreateLeaf([], client: true);
        var serverCertificate = TestCertificates.CreateLeaf(["mtls.test"]);
        var options = TlsOptions.Default with { ClientAuth = ClientAuthType.RequireAndVerifyClientCert, ClientCaPems = [ca.CertificatePem] };
        await using var backend = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("mtls",
            Sni("r", "mtls.test", Terminate([serverCertificate], options: options), Backend("b", backend.EndPoint)))));

        using var goodSocket = await Client.ConnectAsync(proxy.EndPoint("mtls"));
        await using var accepted = await Client.TlsConnectAsync(new NetworkStream(goodSocket), "mtls.test", clientCertificate: good.Certificate);
        (await Client.TlsEchoAsync(accepted, "in")).Should().Be("in");

        using var badSocket = await Client.ConnectAsync(proxy.EndPoint("mtls"));
        var refused = async () =>
        {
            await using var tls = await Client.TlsConnectAsync(new NetworkStream(badSocket), "mtls.test", clientCertificate: bad.Certificate);
            await Client.TlsEchoAsync(tls, "in");
        };
        await refused.Should().ThrowAsync<Exception>();
        backend.Accepted.Should().Be(1);
    }
}
