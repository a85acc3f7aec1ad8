using System.ComponentModel;
using System.Text.Json.Serialization;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>TLS client authentication types, spelled as Traefik (and Go crypto/tls) spell them.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TlsClientAuthType>))]
public enum TlsClientAuthType
{
    NoClientCert,
    RequestClientCert,
    RequireAnyClientCert,
    VerifyClientCertIfGiven,
    RequireAndVerifyClientCert,
}
