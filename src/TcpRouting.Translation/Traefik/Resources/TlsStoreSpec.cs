using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>TLSStore spec (https://doc.traefik.io/traefik/reference/routing-configuration/kubernetes/crd/tls/tlsstore/).</summary>
public sealed class TlsStoreSpec
{
    [Description("Certificates is a list of secret names, each secret holding a key/certificate pair to add to the store.")]
    public List<SecretReference>? Certificates { get; set; }

    [Description("DefaultCertificate defines the default certificate configuration.")]
    public SecretReference? DefaultCertificate { get; set; }

    [Description("DefaultGeneratedCert defines the default generated certificate configuration (ACME; not served by this proxy).")]
    public GeneratedCertConfig? DefaultGeneratedCert { get; set; }
}
