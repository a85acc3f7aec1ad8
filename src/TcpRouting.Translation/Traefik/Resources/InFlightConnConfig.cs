using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>Limits the simultaneous connections per client IP.</summary>
public sealed class InFlightConnConfig
{
    [Description("Amount defines the maximum amount of allowed simultaneous connections. The middleware closes the connection if there are already amount connections opened.")]
    public long? Amount { get; set; }
}
