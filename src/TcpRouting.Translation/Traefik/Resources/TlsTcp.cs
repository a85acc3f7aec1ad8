using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>TLS of an IngressRouteTCP: passthrough, or termination with a certificate.</summary>
public sealed class TlsTcp
{
    [Description("SecretName is the name of the referenced Kubernetes Secret to specify the certificate details.")]
    public string? SecretName { get; set; }

    [Description("Passthrough defines whether a TLS router will terminate the TLS connection.")]
    public bool? Passthrough { get; set; }

    [Description("Options defines the reference to a TLSOption, that specifies the parameters of the TLS connection.")]
    public ObjectReference? Options { get; set; }

    [Description("Store defines the reference to the TLSStore, that will be used to store certificates.")]
    public ObjectReference? Store { get; set; }

    [Description("CertResolver defines the name of the certificate resolver to use. Not served by this proxy: the default certificate is used.")]
    public string? CertResolver { get; set; }

    [Description("Domains defines the list of domains that will be used to issue certificates.")]
    public List<TlsDomain>? Domains { get; set; }
}
