using System.Net.Security;

namespace TcpRouting.Proxy.Tls;

/// <summary>
/// Certificate contexts that outlive a route table. On Linux an SslStreamCertificateContext carries the
/// OpenSSL SSL_CTX that SslStream builds for it, and with it the session cache and the session ticket
/// keys: a new context per table swap (every EndpointSlice change) would make every client do a full
/// handshake again, where the same certificate could resume (RFC 8446 section 2.2, RFC 5077). Held
/// weakly: a context stays while some table (or a live connection's SslStream) still uses it.
/// </summary>
internal static class SharedCertificateContexts
{
    private static readonly Dictionary<(string Certificate, string Key), WeakReference<SslStreamCertificateContext>> Contexts = [];
    private static readonly Lock Gate = new();

    public static SslStreamCertificateContext? Find(string certificatePem, string keyPem)
    {
        lock (Gate)
        {
            return Contexts.TryGetValue((certificatePem, keyPem), out var weak) && weak.TryGetTarget(out var context) ? context : null;
        }
    }

    public static void Keep(string certificatePem, string keyPem, SslStreamCertificateContext context)
    {
        lock (Gate)
        {
            // Tables are built rarely (a swap); dropping the dead entries then keeps this bounded by live certificates.
            foreach (var dead in Contexts.Where(c => !c.Value.TryGetTarget(out _)).Select(c => c.Key).ToList())
            {
                Contexts.Remove(dead);
            }

            Contexts[(certificatePem, keyPem)] = new WeakReference<SslStreamCertificateContext>(context);
        }
    }
}
