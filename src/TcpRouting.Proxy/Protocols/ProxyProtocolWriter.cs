using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text.Unicode;
using static TcpRouting.Proxy.Protocols.ProxyProtocolV2Format;

namespace TcpRouting.Proxy.Protocols;

/// <summary>
/// Writes the PROXY protocol header sent to a backend (haproxy proxy-protocol.txt: v1 text, section 2.1,
/// or v2 binary, section 2.2), TCP over IPv4 or IPv6, command PROXY, no TLVs.
/// </summary>
public static class ProxyProtocolWriter
{
    /// <summary>The header for a connection from source to destination.</summary>
    /// <exception cref="ArgumentOutOfRangeException">version is neither 1 nor 2.</exception>
    public static byte[] Write(int version, IPEndPoint source, IPEndPoint destination)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        var (sourceAddress, destinationAddress) = SameFamily(source.Address, destination.Address);
        return version switch
        {
            1 => WriteV1(sourceAddress, source.Port, destinationAddress, destination.Port),
            2 => WriteV2(sourceAddress, source.Port, destinationAddress, destination.Port),
            _ => throw new ArgumentOutOfRangeException(nameof(version), version, "PROXY protocol version must be 1 or 2."),
        };
    }

    /// <summary>
    /// Both addresses in one family, as the header has one: IPv4 when both are IPv4 or IPv4-mapped IPv6
    /// (a dual-stack socket reports ::ffff:a.b.c.d), else IPv6. Zone ids are dropped: they mean nothing remotely.
    /// </summary>
    private static (IPAddress Source, IPAddress Destination) SameFamily(IPAddress source, IPAddress destination)
    {
        if (IsIPv4(source) && IsIPv4(destination))
        {
            return (source.MapToIPv4(), destination.MapToIPv4());
        }

        return (WithoutScope(source.MapToIPv6()), WithoutScope(destination.MapToIPv6()));
    }

    private static bool IsIPv4(IPAddress address) =>
        address.AddressFamily == AddressFamily.InterNetwork || address.IsIPv4MappedToIPv6;

    private static IPAddress WithoutScope(IPAddress address) =>
        address.ScopeId == 0 ? address : new IPAddress(address.GetAddressBytes());

    private static byte[] WriteV1(IPAddress source, int sourcePort, IPAddress destination, int destinationPort)
    {
        Span<byte> line = stackalloc byte[ProxyProtocolV1Parser.MaxLength];
        var protocol = source.AddressFamily == AddressFamily.InterNetwork ? "TCP4" : "TCP6";
        Utf8.TryWrite(line, $"PROXY {protocol} {source} {destination} {sourcePort} {destinationPort}\r\n", out var written);
        return line[..written].ToArray();
    }

    private static byte[] WriteV2(IPAddress source, int sourcePort, IPAddress destination, int destinationPort)
    {
        var ipv4 = source.AddressFamily == AddressFamily.InterNetwork;
        var size = ipv4 ? 4 : 16;
        var blockLength = ipv4 ? Inet4AddressLength : Inet6AddressLength;
        var header = new byte[HeaderLength + blockLength];
        Signature.CopyTo(header);
        header[12] = (ProtocolVersion << 4) | CommandProxy;
        header[13] = (byte)(((ipv4 ? FamilyInet : FamilyInet6) << 4) | TransportStream);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(14), (ushort)blockLength);
        var block = header.AsSpan(HeaderLength);
        source.TryWriteBytes(block, out _);
        destination.TryWriteBytes(block[size..], out _);
        BinaryPrimitives.WriteUInt16BigEndian(block[(2 * size)..], (ushort)sourcePort);
        BinaryPrimitives.WriteUInt16BigEndian(block[((2 * size) + 2)..], (ushort)destinationPort);
        return header;
    }
}
