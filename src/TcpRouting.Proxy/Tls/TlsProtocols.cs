using System.Security.Authentication;

namespace TcpRouting.Proxy.Tls;

/// <summary>Maps TLSOption minVersion/maxVersion onto SslProtocols.</summary>
internal static class TlsProtocols
{
    public static SslProtocols From(TlsVersion? min, TlsVersion? max)
    {
        var low = min ?? TlsVersion.Tls12;
        var high = max ?? TlsVersion.Tls13;
        var protocols = SslProtocols.None;
        for (var version = low; version <= high; version++)
        {
            protocols |= ToSslProtocols(version);
        }

        // An empty range (min above max) falls back to the platform default rather than refusing all.
        return protocols;
    }

#pragma warning disable SYSLIB0039, CA5397 // TLS 1.0/1.1 are obsolete, but an operator may still ask for them explicitly.
    private static SslProtocols ToSslProtocols(TlsVersion version) => version switch
    {
        TlsVersion.Tls10 => SslProtocols.Tls,
        TlsVersion.Tls11 => SslProtocols.Tls11,
        TlsVersion.Tls12 => SslProtocols.Tls12,
        _ => SslProtocols.Tls13,
    };
#pragma warning restore SYSLIB0039, CA5397
}
