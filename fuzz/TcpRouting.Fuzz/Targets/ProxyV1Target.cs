using TcpRouting.Fuzz.Support;
using TcpRouting.Proxy.Protocols;

namespace TcpRouting.Fuzz.Targets;

/// <summary>The text PROXY header from a trusted peer (ProxyProtocolV1Parser); see <see cref="ProxyHeaderProperties"/>.</summary>
internal static class ProxyV1Target
{
    public static void Run(byte[] data) =>
        ProxyHeaderProperties.Check(data, 1, ProxyProtocolV1Parser.TryRead, bytes => bytes.Length >= ProxyProtocolV1Parser.MaxLength);
}
