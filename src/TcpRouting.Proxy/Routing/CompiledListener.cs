namespace TcpRouting.Proxy.Routing;

/// <summary>A listener's routes split by TLS-ness (RouteTls.Mode) and indexed, and how it peeks.</summary>
internal sealed record CompiledListener(Listener Listener, PeekMode PeekMode, RouteIndex TlsRoutes, RouteIndex PlainRoutes)
{
    /// <summary>
    /// True when some route evaluates a user's regular expression (HostSNIRegexp). Matching then moves to the thread
    /// pool: socket completions run inline on the runtime's epoll thread (InlineSocketCompletions), which must never
    /// run user-supplied work. The engine is linear-time, so the hop is a safeguard, not the fix (issue 12, finding 1).
    /// </summary>
    public bool MatchesUserRegexps { get; } = Listener.Routes.Any(r => UserRegexps.In(r.Match));

    public string Name => Listener.Name;

    public ListenerOptions Options => Listener.Options;

    /// <summary>TLS connections consider Passthrough and Terminate routes; plain ones consider None routes.</summary>
    public CompiledRoute? Match(in ConnectionFacts facts) => facts.IsTls ? TlsRoutes.Match(facts) : PlainRoutes.Match(facts);

    /// <summary><see cref="Match"/>, on a thread-pool thread when a user regexp may run.</summary>
    public ValueTask<CompiledRoute?> MatchAsync(ConnectionFacts facts) =>
        MatchesUserRegexps ? MatchOnThreadPoolAsync(facts) : new(Match(facts));

    private async ValueTask<CompiledRoute?> MatchOnThreadPoolAsync(ConnectionFacts facts)
    {
        // No SynchronizationContext on socket completions: Yield queues the rest to the thread pool.
        await Task.Yield();
        return Match(facts);
    }

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
