using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>Limits the simultaneous connections per client IP.</summary>
public sealed class InFlightConnConfig
{
    [Description("Most connections one client IP may hold open at once; a further connection is closed at accept.")]
    [Range(0, long.MaxValue)]
    public long? Amount { get; set; }
}
