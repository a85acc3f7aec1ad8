using System.Buffers.Binary;
using TcpRouting.Fuzz.Support;
using TcpRouting.Proxy.Protocols;

namespace TcpRouting.Fuzz.Targets;

/// <summary>The binary PROXY header from a trusted peer (ProxyProtocolV2Parser); see <see cref="ProxyHeaderProperties"/>.</summary>
internal static class ProxyV2Target
{
    public static void Run(byte[] data) =>
        ProxyHeaderProperties.Check(data, 2, ProxyProtocolV2Parser.TryRead, IsComplete);

    /// <summary>The fixed 16 bytes and the address block they announce.</summary>
    private static bool IsComplete(byte[] bytes) =>
        bytes.Length >= ProxyProtocolV2Format.HeaderLength
        && bytes.Length >= ProxyProtocolV2Format.HeaderLength + BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(14));
}
