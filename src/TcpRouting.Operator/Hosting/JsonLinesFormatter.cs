using System.Globalization;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;
using Serilog.Formatting.Json;

namespace TcpRouting.Operator.Hosting;

/// <summary>
/// One JSON object per line in the compact log event format's keys (@t time, @l level, @m message, @x exception)
/// plus every property. Unlike Serilog's JsonFormatter, the message is rendered as the text log shows it
/// (strings without quotes), so a problem line reads the same in both formats.
/// </summary>
internal sealed class JsonLinesFormatter : ITextFormatter
{
    private static readonly MessageTemplateTextFormatter Message = new("{Message:lj}");
    private static readonly JsonValueFormatter Values = new(typeTagName: null);

    public void Format(LogEvent logEvent, TextWriter output)
    {
        using var message = new StringWriter(CultureInfo.InvariantCulture);
        Message.Format(logEvent, message);

        output.Write("{\"@t\":\"");
        output.Write(logEvent.Timestamp.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        output.Write("\",\"@l\":\"");
        output.Write(logEvent.Level);
        output.Write("\",\"@m\":");
        JsonValueFormatter.WriteQuotedJsonString(message.ToString(), output);
        if (logEvent.Exception is not null)
        {
            output.Write(",\"@x\":");
            JsonValueFormatter.WriteQuotedJsonString(logEvent.Exception.ToString(), output);
        }

        foreach (var (name, value) in logEvent.Properties)
        {
            output.Write(',');
            JsonValueFormatter.WriteQuotedJsonString(name, output);
            output.Write(':');
            Values.Format(value, output);
        }

        output.Write("}\n");
    }
}
