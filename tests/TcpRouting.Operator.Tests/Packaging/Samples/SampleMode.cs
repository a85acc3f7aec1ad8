using System.Text.Json.Serialization;

namespace TcpRouting.Operator.Tests.Packaging.Samples;

[JsonConverter(typeof(JsonStringEnumConverter<SampleMode>))]
public enum SampleMode
{
    Terminate,
    Passthrough,
}
