using System.ComponentModel;
using System.Text.Json.Serialization;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>Traefik rule syntax version.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RouteSyntax>))]
public enum RouteSyntax
{
    [JsonStringEnumMemberName("v3")]
    V3,

    [JsonStringEnumMemberName("v2")]
    V2,
}
