using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>SPIFFE verification of backend servers (not served by this proxy; reported when set).</summary>
public sealed class SpiffeConfig
{
    [Description("IDs defines the allowed SPIFFE IDs (takes precedence over the SPIFFE TrustDomain).")]
    public List<string>? Ids { get; set; }

    [Description("TrustDomain defines the allowed SPIFFE trust domain.")]
    public string? TrustDomain { get; set; }
}
