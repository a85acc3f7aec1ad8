using System.Text.Json.Serialization;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>Gateway API FromNamespaces, spelled as upstream.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FromNamespaces>))]
public enum FromNamespaces
{
    All,
    Selector,
    Same,
}
