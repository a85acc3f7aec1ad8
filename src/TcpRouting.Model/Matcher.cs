namespace TcpRouting.Model;

/// <summary>
/// A parsed TCP rule (Traefik's rule language: HostSNI, HostSNIRegexp, ClientIP, ALPN, &amp;&amp;, ||, !).
/// Pure and allocation-free to evaluate.
/// </summary>
public abstract record Matcher
{
    /// <summary>True when the outcome can depend on the ClientHello (SNI or ALPN), so the listener must peek.</summary>
    public abstract bool NeedsClientHello { get; }

    /// <summary>True for HostSNI(`*`) alone: matches every connection.</summary>
    public virtual bool IsCatchAll => false;

    public abstract bool Matches(in ConnectionFacts facts);
}
