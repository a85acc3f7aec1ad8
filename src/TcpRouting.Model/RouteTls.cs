using System.Collections.Immutable;

namespace TcpRouting.Model;

public enum TlsMode
{
    /// <summary>Plain TCP: the route takes connections that do not start with a TLS ClientHello.</summary>
    None,

    /// <summary>TLS is forwarded untouched; the peeked ClientHello bytes are replayed to the backend.</summary>
    Passthrough,

    /// <summary>TLS is terminated here with a certificate chosen by SNI; plain bytes go to the backend.</summary>
    Terminate,
}

/// <summary>TLS handling of a route. <see cref="Termination"/> is set exactly when Mode is Terminate.</summary>
public sealed record RouteTls(TlsMode Mode, TlsTermination? Termination)
{
    public static RouteTls None { get; } = new(TlsMode.None, null);

    public static RouteTls Passthrough { get; } = new(TlsMode.Passthrough, null);
}

/// <summary>What the proxy needs to terminate TLS for a route.</summary>
/// <param name="Certificates">Candidate certificates; the proxy picks by SNI against each DnsNames.</param>
/// <param name="DefaultCertificate">Served when no certificate matches the SNI (unless SniStrict).</param>
public sealed record TlsTermination(
    ImmutableArray<TlsCertificate> Certificates,
    TlsCertificate? DefaultCertificate,
    TlsOptions Options);

/// <summary>A certificate with its key, as PEM (kubernetes.io/tls Secret data).</summary>
/// <param name="Id">Where it came from, e.g. "secret/default/postgres-tls-cert".</param>
/// <param name="DnsNames">The names it serves (SAN DNS names, else the CN), lower case, may hold "*.x".</param>
public sealed record TlsCertificate(
    string Id,
    string CertificatePem,
    string PrivateKeyPem,
    ImmutableArray<string> DnsNames);

public enum TlsVersion
{
    Tls10,
    Tls11,
    Tls12,
    Tls13,
}

public enum ClientAuthType
{
    NoClientCert,
    RequestClientCert,
    RequireAnyClientCert,
    VerifyClientCertIfGiven,
    RequireAndVerifyClientCert,
}

/// <summary>Traefik TLSOption, resolved.</summary>
/// <param name="Name">Id of the option ("default" or "tlsoption/ns/name").</param>
/// <param name="CipherSuites">IANA/Go names such as TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256.</param>
/// <param name="ClientCaPems">CAs that client certificates must chain to.</param>
public sealed record TlsOptions(
    string Name,
    TlsVersion? MinVersion,
    TlsVersion? MaxVersion,
    ImmutableArray<string> CipherSuites,
    ImmutableArray<string> AlpnProtocols,
    bool SniStrict,
    ClientAuthType ClientAuth,
    ImmutableArray<string> ClientCaPems)
{
    public static TlsOptions Default { get; } = new("default", TlsVersion.Tls12, null, [], [], false, ClientAuthType.NoClientCert, []);
}
