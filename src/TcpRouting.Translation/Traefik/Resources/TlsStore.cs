using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>traefik.io/v1alpha1 (or traefik.containo.us/v1alpha1) TLSStore: the default certificate and the certificates available to every terminating route.</summary>
public sealed class TlsStore
{
    [Description("APIVersion: traefik.io/v1alpha1.")]
    public string? ApiVersion { get; set; }

    [Description("Kind of the object.")]
    public string? Kind { get; set; }

    [Description("Standard object metadata.")]
    public ObjectMetadata? Metadata { get; set; }

    [Description("The desired state.")]
    public TlsStoreSpec? Spec { get; set; }
}
