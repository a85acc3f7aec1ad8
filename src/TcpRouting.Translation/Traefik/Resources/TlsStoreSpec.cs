using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>TLSStore spec (https://doc.traefik.io/traefik/reference/routing-configuration/kubernetes/crd/tls/tlsstore/).</summary>
public sealed class TlsStoreSpec
{
    [Description("kubernetes.io/tls Secrets offered to every terminating route, chosen by SNI.")]
    public List<SecretReference>? Certificates { get; set; }

    [Description("Certificate served when no other matches the SNI; a self-signed one is generated when absent.")]
    public SecretReference? DefaultCertificate { get; set; }

    [Description("ACME-issued default certificate. Accepted and ignored: this proxy issues no certificates.")]
    public GeneratedCertConfig? DefaultGeneratedCert { get; set; }
}
