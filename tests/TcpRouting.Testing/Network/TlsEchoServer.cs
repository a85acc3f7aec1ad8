using System.Collections.Concurrent;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace TcpRouting.Testing.Network;

/// <summary>
/// A TLS server that echoes decrypted bytes, for passthrough and backend-TLS tests. It records the SNI
/// each client sent. With <c>postgresSslRequest</c> it first expects PostgreSQL's 8 byte SSLRequest and
/// answers 'S', as a PostgreSQL server does before its TLS handshake.
/// </summary>
public sealed class TlsEchoServer : LoopbackServer
{
    private static readonly byte[] SslRequest = [0x00, 0x00, 0x00, 0x08, 0x04, 0xD2, 0x16, 0x2F];
    private readonly X509Certificate2 _certificate;
    private readonly bool _postgresSslRequest;
    private readonly bool _requireClientCertificate;

    public TlsEchoServer(X509Certificate2 certificate, bool postgresSslRequest = false, bool requireClientCertificate = false)
    {
        _certificate = certificate;
        _postgresSslRequest = postgresSslRequest;
        _requireClientCertificate = requireClientCertificate;
        Start();
    }

    /// <summary>The SNI of each completed handshake ("" when none was sent).</summary>
    public ConcurrentQueue<string> ServerNames { get; } = new();

    /// <summary>Subjects of client certificates presented.</summary>
    public ConcurrentQueue<string> ClientCertificates { get; } = new();

    protected override async Task ServeAsync(Socket socket)
    {
        await using var network = new NetworkStream(socket, ownsSocket: false);
        if (_postgresSslRequest)
        {
            var request = new byte[SslRequest.Length];
            await network.ReadExactlyAsync(request, Stopping).ConfigureAwait(false);
            if (!request.AsSpan().SequenceEqual(SslRequest))
            {
                return;
            }

            await network.WriteAsync(new[] { (byte)'S' }, Stopping).ConfigureAwait(false);
        }

        await using var tls = new SslStream(network, leaveInnerStreamOpen: true);
        await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
        {
            ServerCertificate = _certificate,
            ClientCertificateRequired = _requireClientCertificate,
            RemoteCertificateValidationCallback = (_, certificate, _, _) => !_requireClientCertificate || certificate is not null,
        }, Stopping).ConfigureAwait(false);
        ServerNames.Enqueue(tls.TargetHostName);
        if (tls.RemoteCertificate is { } client)
        {
            ClientCertificates.Enqueue(client.Subject);
        }

        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await tls.ReadAsync(buffer, Stopping).ConfigureAwait(false)) > 0)
        {
            await tls.WriteAsync(buffer.AsMemory(0, read), Stopping).ConfigureAwait(false);
        }

        await tls.ShutdownAsync().ConfigureAwait(false);
        socket.Shutdown(SocketShutdown.Send);
    }
}
