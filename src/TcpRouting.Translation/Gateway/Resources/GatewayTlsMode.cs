using System.Text.Json.Serialization;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>Gateway API TLSModeType, spelled as upstream.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GatewayTlsMode>))]
public enum GatewayTlsMode
{
    Terminate,
    Passthrough,
}
