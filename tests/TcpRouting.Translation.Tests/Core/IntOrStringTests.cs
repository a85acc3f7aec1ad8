using System.Text.Json;
using FluentAssertions;
using TcpRouting.Translation.Core;

namespace TcpRouting.Translation.Tests.Core;

public sealed class IntOrStringTests
{
    [Fact]
    public void Round_trips_numbers_and_names()
    {
        JsonSerializer.Deserialize<IntOrString>("5432").Should().Be(new IntOrString(5432));
        JsonSerializer.Deserialize<IntOrString>("\"sql\"").Should().Be(new IntOrString("sql"));
        JsonSerializer.Serialize(new IntOrString(5432)).Should().Be("5432");
        JsonSerializer.Serialize(new IntOrString("sql")).Should().Be("\"sql\"");
        new IntOrString(80).ToString().Should().Be("80");
    }

    [Fact]
    public void Refuses_other_json_values()
    {
        var read = () => JsonSerializer.Deserialize<IntOrString>("{}");
        read.Should().Throw<JsonException>();
    }
}
