using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>SPIFFE verification of backend servers (not served by this proxy; reported when set).</summary>
public sealed class SpiffeConfig
{
    [Description("SPIFFE IDs a backend may present. Not supported here.")]
    public List<string>? Ids { get; set; }

    [Description("SPIFFE trust domain a backend must belong to. Not supported here.")]
    public string? TrustDomain { get; set; }
}
