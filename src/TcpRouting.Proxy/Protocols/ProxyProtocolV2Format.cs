namespace TcpRouting.Proxy.Protocols;

/// <summary>The fixed part of a PROXY protocol v2 header (haproxy proxy-protocol.txt section 2.2).</summary>
internal static class ProxyProtocolV2Format
{
    /// <summary>signature 12 + version/command 1 + family/protocol 1 + address length 2.</summary>
    public const int HeaderLength = 16;

    public const byte ProtocolVersion = 0x2;
    public const byte CommandLocal = 0x0;
    public const byte CommandProxy = 0x1;

    public const byte FamilyUnspec = 0x0;
    public const byte FamilyInet = 0x1;
    public const byte FamilyInet6 = 0x2;
    public const byte FamilyUnix = 0x3;

    public const byte TransportUnspec = 0x0;
    public const byte TransportStream = 0x1;
    public const byte TransportDgram = 0x2;

    /// <summary>Address block sizes: two addresses then two ports (two 108 byte paths for AF_UNIX).</summary>
    public const int Inet4AddressLength = (2 * 4) + (2 * 2);
    public const int Inet6AddressLength = (2 * 16) + (2 * 2);
    public const int UnixAddressLength = 2 * 108;

    /// <summary>Chosen to be rejected by the common protocols: it holds CRLFs, a NUL and "QUIT".</summary>
    public static ReadOnlySpan<byte> Signature => [0x0D, 0x0A, 0x0D, 0x0A, 0x00, 0x0D, 0x0A, 0x51, 0x55, 0x49, 0x54, 0x0A];
}
