using System.Text.Json;
using FluentAssertions;
using Serilog.Events;
using Serilog.Parsing;
using TcpRouting.Operator.Hosting;

namespace TcpRouting.Operator.Tests.Hosting;

public sealed class SerilogSetupTests
{
    private static readonly LogEvent Event = new(
        DateTimeOffset.UnixEpoch,
        LogEventLevel.Warning,
        null,
        new MessageTemplateParser().Parse("{Problem}"),
        [new LogEventProperty("Problem", new ScalarValue("a.yaml:3: IngressRouteTCP demo/x: spec.routes[0].match: \"bad\"\nsecond line"))]);

    [Fact]
    public void Json_is_one_object_per_line_with_the_rendered_message()
    {
        using var text = new StringWriter();
        SerilogSetup.Formatter(LogFormat.Json).Format(Event, text);

        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle();
        using var json = JsonDocument.Parse(lines[0]);
        json.RootElement.GetProperty("@l").GetString().Should().Be("Warning");
        json.RootElement.GetProperty("@m").GetString().Should().StartWith("a.yaml:3: IngressRouteTCP demo/x: spec.routes[0].match: \"bad\"\nsecond line");
        json.RootElement.GetProperty("Problem").GetString().Should().Contain("spec.routes[0].match");
    }

    [Fact]
    public void Text_shows_the_problem_as_written()
    {
        using var text = new StringWriter();
        SerilogSetup.Formatter(LogFormat.Text).Format(Event, text);

        text.ToString().Should().Contain("WRN").And.Contain("a.yaml:3: IngressRouteTCP demo/x: spec.routes[0].match: \"bad\"");
    }
}
