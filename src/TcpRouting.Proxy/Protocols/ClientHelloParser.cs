using System.Buffers;

namespace TcpRouting.Proxy.Protocols;

/// <summary>
/// Parses a complete ClientHello body (RFC 8446 section 4.1.2) for what routing needs: server_name and
/// application_layer_protocol_negotiation. Every length must add up exactly; anything else is Invalid.
/// </summary>
internal static class ClientHelloParser
{
    private const int RandomLength = 32;
    private const int MaxSessionIdLength = 32;
    private const ushort ServerNameExtensionType = 0;   // RFC 6066 section 3
    private const ushort AlpnExtensionType = 16;        // RFC 7301 section 3.1

    public static PeekStatus Parse(in ReadOnlySequence<byte> body, long bytesExamined, out ClientHelloInfo? info)
    {
        info = null;
        var reader = new SequenceReader<byte>(body);

        // legacy_version is 0x0303 from TLS 1.3 clients; any SSL 3 / TLS version has major 3.
        if (!reader.TryRead(out byte major) || major != 3 || !TlsVectors.TrySkip(ref reader, 1 + RandomLength))
        {
            return PeekStatus.Invalid;
        }

        if (!TlsVectors.TryReadVector8(ref reader, out var sessionId) || sessionId.Length > MaxSessionIdLength
            || !TlsVectors.TryReadVector16(ref reader, out var cipherSuites) || cipherSuites.Length < 2 || cipherSuites.Length % 2 != 0
            || !TlsVectors.TryReadVector8(ref reader, out var compression) || compression.Length < 1)
        {
            return PeekStatus.Invalid;
        }

        // Before TLS 1.2 the extensions block may be absent altogether (RFC 5246 section 7.4.1.2).
        if (reader.End)
        {
            info = new ClientHelloInfo(null, [], bytesExamined);
            return PeekStatus.Done;
        }

        if (!TlsVectors.TryReadVector16(ref reader, out var extensions) || !reader.End)
        {
            return PeekStatus.Invalid;
        }

        return ParseExtensions(extensions, bytesExamined, out info);
    }

    private static PeekStatus ParseExtensions(in ReadOnlySequence<byte> extensions, long bytesExamined, out ClientHelloInfo? info)
    {
        info = null;
        string? serverName = null;
        IReadOnlyList<string> alpn = [];
        bool sawServerName = false, sawAlpn = false;
        var reader = new SequenceReader<byte>(extensions);
        while (!reader.End)
        {
            if (!reader.TryReadBigEndian(out short type) || !TlsVectors.TryReadVector16(ref reader, out var data))
            {
                return PeekStatus.Invalid;
            }

            // Two extensions of one type are forbidden (RFC 8446 section 4.2); for these two a duplicate
            // would also let the proxy and the backend route on different names.
            switch ((ushort)type)
            {
                case ServerNameExtensionType:
                    if (sawServerName || !ServerNameExtension.TryRead(data, out serverName))
                    {
                        return PeekStatus.Invalid;
                    }

                    sawServerName = true;
                    break;
                case AlpnExtensionType:
                    if (sawAlpn || !AlpnExtension.TryRead(data, out alpn))
                    {
                        return PeekStatus.Invalid;
                    }

                    sawAlpn = true;
                    break;
            }
        }

        info = new ClientHelloInfo(serverName, alpn, bytesExamined);
        return PeekStatus.Done;
    }
}
