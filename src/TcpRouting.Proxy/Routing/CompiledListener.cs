namespace TcpRouting.Proxy.Routing;

/// <summary>A listener's routes split by TLS-ness (RouteTls.Mode) and indexed, and how it peeks.</summary>
internal sealed record CompiledListener(Listener Listener, PeekMode PeekMode, RouteIndex TlsRoutes, RouteIndex PlainRoutes)
{
    public string Name => Listener.Name;

    public ListenerOptions Options => Listener.Options;

    /// <summary>TLS connections consider Passthrough and Terminate routes; plain ones consider None routes.</summary>
    public CompiledRoute? Match(in ConnectionFacts facts) => facts.IsTls ? TlsRoutes.Match(facts) : PlainRoutes.Match(facts);

    /// <summary>
    /// Peeking is skipped when no route can need the first bytes: every route is plain (TLS mode None)
    /// and its rule never looks at the ClientHello (HostSNI(`*`), ClientIP). Server-first protocols
    /// then work, and a ClientHello on such a port is relayed as opaque bytes, as Traefik does.
    /// </summary>
    public static PeekMode ChoosePeekMode(Listener listener)
    {
        foreach (var route in listener.Routes)
        {
            if (route.Match.NeedsClientHello || route.Tls.Mode != TlsMode.None)
            {
                return PeekMode.ClientHello;
            }
        }

        return PeekMode.None;
    }
}
