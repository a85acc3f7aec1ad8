using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using FluentAssertions;
using TcpRouting.Model;
using TcpRouting.Proxy.Tests.Support;
using TcpRouting.Testing.Network;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Tls;

/// <summary>
/// A client certificate must not make the proxy fetch anything: one that leaves out its intermediate and names
/// where to download it (AIA caIssuers, RFC 5280 section 4.2.2.1) is refused without a request to that address,
/// as Go's crypto/tls (and so Traefik) never fetches either.
/// </summary>
public sealed class CertificateDownloadTests
{
    [Fact]
    public async Task A_client_certificate_whose_intermediate_must_be_downloaded_is_refused_without_a_download()
    {
        var root = TestCertificates.CreateCa("download root");
        using var intermediateKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var intermediate = Intermediate(root, intermediateKey);
        await using var caIssuers = new CaIssuersServer(intermediate.RawData);
        using var leaf = Leaf(intermediate, intermediateKey, $"http://127.0.0.1:{caIssuers.Port}/intermediate.cer");
        var server = TestCertificates.CreateLeaf(["mtls.test"]);
        var options = TlsOptions.Default with { ClientAuth = ClientAuthType.RequireAndVerifyClientCert, ClientCaPems = [root.CertificatePem] };
        await using var backend = new TcpEchoServer();
        await using var proxy = await ProxyHarness.StartAsync(Table(Listener("mtls",
            Sni("r", "mtls.test", Terminate([server], options: options), Backend("b", backend.EndPoint)))));

        using var socket = await Client.ConnectAsync(proxy.EndPoint("mtls"));
        var connect = async () =>
        {
            await using var tls = new SslStream(new NetworkStream(socket), leaveInnerStreamOpen: false);
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = "mtls.test",
                RemoteCertificateValidationCallback = (_, _, _, _) => true,
                // The leaf alone, as a client that leaves its chain to the server would send it.
                ClientCertificateContext = SslStreamCertificateContext.Create(leaf, [], offline: true),
            }).WaitAsync(Client.Patience);
            await Client.TlsEchoAsync(tls, "in");
        };

        await connect.Should().ThrowAsync<Exception>();
        caIssuers.Accepted.Should().Be(0, "the proxy fetched nothing the certificate named");
        backend.Accepted.Should().Be(0);
    }

    private static X509Certificate2 Intermediate(TestCertificate root, ECDsa key)
    {
        var request = new CertificateRequest("CN=download intermediate", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        using var signed = request.Create(root.Certificate, now.AddDays(-1), now.AddDays(20), [1, 2, 3, 4]);
        return signed.CopyWithPrivateKey(key);
    }

    private static X509Certificate2 Leaf(X509Certificate2 issuer, ECDsa issuerKey, string caIssuersUrl)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=client", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        request.CertificateExtensions.Add(new X509AuthorityInformationAccessExtension(null, [caIssuersUrl]));
        var now = DateTimeOffset.UtcNow;
        var generator = X509SignatureGenerator.CreateForECDsa(issuerKey);
        using var signed = request.Create(issuer.SubjectName, generator, now.AddDays(-1), now.AddDays(10), [5, 6, 7, 8]);
        using var withKey = signed.CopyWithPrivateKey(key);
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
    }

    /// <summary>Serves the intermediate over HTTP, as a CA's caIssuers address does, and counts who asked.</summary>
    private sealed class CaIssuersServer : LoopbackServer
    {
        private readonly byte[] _certificate;

        public CaIssuersServer(byte[] certificate)
        {
            _certificate = certificate;
            Start();
        }

        protected override async Task ServeAsync(Socket socket)
        {
            var buffer = new byte[4096];
            var request = new StringBuilder();
            while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await socket.ReceiveAsync(buffer, SocketFlags.None, Stopping);
                if (read == 0)
                {
                    return;
                }

                request.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }

            var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/pkix-cert\r\nContent-Length: {_certificate.Length}\r\nConnection: close\r\n\r\n");
            await socket.SendAsync(head.Concat(_certificate).ToArray(), SocketFlags.None, Stopping);
        }
    }
}
