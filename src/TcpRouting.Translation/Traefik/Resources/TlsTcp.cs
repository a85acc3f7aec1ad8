using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>TLS of an IngressRouteTCP: passthrough, or termination with a certificate.</summary>
public sealed class TlsTcp
{
    [Description("A kubernetes.io/tls Secret in this namespace holding the certificate and key.")]
    public string? SecretName { get; set; }

    [Description("true: route by SNI and forward the TLS bytes untouched; false: end TLS here.")]
    public bool? Passthrough { get; set; }

    [Description("TLSOption with the versions, ciphers and client authentication to use; the one named default when omitted.")]
    public ObjectReference? Options { get; set; }

    [Description("TLSStore to draw certificates from; only the store named default exists.")]
    public ObjectReference? Store { get; set; }

    [Description("ACME resolver name. Not served by this proxy: the default certificate is used instead.")]
    public string? CertResolver { get; set; }

    [Description("Names a resolver would request certificates for. Accepted and ignored.")]
    public List<TlsDomain>? Domains { get; set; }
}
