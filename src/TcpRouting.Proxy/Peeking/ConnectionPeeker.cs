using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using TcpRouting.Proxy.Connections;
using TcpRouting.Proxy.Diagnostics;
using TcpRouting.Proxy.Protocols;
using TcpRouting.Proxy.Pumping;
using TcpRouting.Proxy.Routing;

namespace TcpRouting.Proxy.Peeking;

/// <summary>
/// Reads what routing needs from the first client bytes, without consuming what must be replayed:
/// a PROXY protocol header (on an entry point that reads them; its addresses are used only from trusted peers), then a PostgreSQL SSLRequest (answered 'S') and/or
/// a TLS ClientHello; anything else is plain. Reads straight from the socket into one pooled relay buffer and parses
/// everything seen so far on each read, so a hello split across segments is parsed again only when more bytes arrive.
/// Every TLS connection peeks, so the path allocates little besides what it returns: no stream, pipe or task per
/// connection (a NetworkStream and a PipeReader cost about 1.4 KB per connection, issue 15). It reads through the
/// socket's own ValueTask API, whose event args the socket keeps: only that API cancels a receive at the peek
/// timeout without closing the socket, which a trusted peer that sends nothing needs (it is then routed as plain).
/// Bounded by the listener's PeekTimeout and MaxClientHelloBytes.
/// </summary>
internal sealed class ConnectionPeeker(TimeProvider time)
{
    private static readonly byte[] AcceptTls = [PostgresSslRequest.AcceptByte];

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<PeekOutcome> PeekAsync(Socket socket, CompiledListener listener, IPEndPoint peer)
    {
        // An entry point that reads PROXY headers strips one from any peer, and uses its addresses only from trusted
        // peers: an untrusted peer's header must not reach the backend as payload, where a backend that also reads
        // PROXY headers would believe it (Traefik's go-proxyproto IGNORE policy: read, drop, keep the real peer).
        var options = listener.Options;
        var readProxy = options.ProxyProtocolInsecure || !options.ProxyProtocolTrustedIps.IsDefaultOrEmpty;
        var trusted = readProxy && options.TrustsProxyProtocolFrom(peer.Address);
        if (!readProxy && listener.PeekMode == PeekMode.None)
        {
            return PeekOutcome.Plain;
        }

        using var timeout = Deadline.After(listener.Options.PeekTimeout, time);
        var buffer = BufferPool.Rent();
        try
        {
            var outcome = await PeekCoreAsync(socket, buffer, listener, readProxy, timeout.Token).ConfigureAwait(false);
            return trusted || outcome.Proxy is null ? outcome : outcome with { Proxy = null };
        }
        catch (OperationCanceledException)
        {
            return PeekOutcome.Reject(CloseReason.PeekTimeout);
        }
        catch (SocketException)
        {
            return PeekOutcome.Reject(CloseReason.ClientClosed);
        }
        finally
        {
            BufferPool.Return(buffer);
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private static async ValueTask<PeekOutcome> PeekCoreAsync(Socket socket, byte[] pooled, CompiledListener listener, bool readProxy, CancellationToken cancellationToken)
    {
        var maxBytes = listener.Options.MaxClientHelloBytes;
        var wantProxy = readProxy;
        ProxyHeader? proxy = null;
        var postgres = false;
        var bytes = pooled;
        var filled = 0;
        long consumed = 0; // prefixes (PROXY header, SSLRequest) handled so far; never advanced past while peeking
        while (true)
        {
            if (filled == bytes.Length)
            {
                // Only a ClientHello larger than a relay buffer gets here (the cap below ends the peek first).
                Array.Resize(ref bytes, bytes.Length * 2);
            }

            int read;
            try
            {
                read = await socket.ReceiveAsync(bytes.AsMemory(filled), SocketFlags.None, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (filled == 0 && listener.PeekMode == PeekMode.None)
            {
                // A trusted peer that sent nothing, not even a PROXY header: a server-first protocol
                // (MySQL, SMTP) waits for the backend to speak, so route it as plain (as go-proxyproto
                // does when the header timeout passes without bytes).
                return PeekOutcome.Plain;
            }

            filled += read;
            var completed = read == 0;
            var buffer = new ReadOnlySequence<byte>(bytes, 0, filled);
            var rest = buffer.Slice(consumed);
            if (wantProxy)
            {
                switch (ProxyProtocolReader.TryRead(rest, out var header))
                {
                    case PeekStatus.Done when header is not null:
                        proxy = header;
                        consumed += header.Length;
                        rest = buffer.Slice(consumed);
                        wantProxy = false;
                        break;
                    case PeekStatus.NotThisProtocol:
                        wantProxy = false; // the header is optional even from trusted peers
                        break;
                    case PeekStatus.NeedMoreData:
                        break;
                    default:
                        return PeekOutcome.Reject(CloseReason.InvalidHello);
                }

                if (!wantProxy && listener.PeekMode == PeekMode.None)
                {
                    return new PeekOutcome(null, proxy, null, false, rest.ToArray());
                }
            }

            if (!wantProxy)
            {
                var postgresStatus = postgres ? PeekStatus.NotThisProtocol : PostgresSslRequest.TryRead(rest);
                if (postgresStatus == PeekStatus.Done)
                {
                    // PostgreSQL protocol, SSLRequest: the server answers one byte, then the TLS handshake begins.
                    await socket.SendAsync(AcceptTls, SocketFlags.None, cancellationToken).ConfigureAwait(false);
                    postgres = true;
                    consumed += PostgresSslRequest.Length;
                    rest = buffer.Slice(consumed);
                }

                var helloStatus = ClientHelloReader.TryRead(rest, maxBytes, out var hello);
                if (helloStatus == PeekStatus.Done && hello is not null)
                {
                    return new PeekOutcome(null, proxy, hello, postgres, rest.ToArray());
                }

                if (helloStatus is PeekStatus.Invalid or PeekStatus.TooLarge)
                {
                    return PeekOutcome.Reject(CloseReason.InvalidHello);
                }

                var undecided = helloStatus == PeekStatus.NeedMoreData || postgresStatus == PeekStatus.NeedMoreData || rest.IsEmpty;
                if (!undecided)
                {
                    // Neither TLS nor an SSLRequest: plain. After an SSLRequest only TLS may follow.
                    return postgres
                        ? PeekOutcome.Reject(CloseReason.InvalidHello)
                        : new PeekOutcome(null, proxy, null, false, rest.ToArray());
                }
            }

            if (completed)
            {
                // EOF before a decision: route what came as plain (a tiny request then FIN), or end quietly.
                return rest.IsEmpty || postgres
                    ? PeekOutcome.Reject(CloseReason.ClientClosed)
                    : new PeekOutcome(null, proxy, null, false, rest.ToArray());
            }

            if (filled > maxBytes + consumed)
            {
                return PeekOutcome.Reject(CloseReason.InvalidHello);
            }
        }
    }
}
