using Serilog;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace TcpRouting.Operator.Hosting;

/// <summary>The Serilog logger of `run`: console, text or one JSON object per line; Kestrel's chatter kept at Warning.</summary>
internal static class SerilogSetup
{
    public const string TextTemplate = "{Timestamp:yyyy-MM-ddTHH:mm:ss.fffzzz} {Level:u3} {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static ITextFormatter Formatter(LogFormat format) => format == LogFormat.Json
        ? new JsonLinesFormatter()
        : new MessageTemplateTextFormatter(TextTemplate);

    public static LoggerConfiguration Configure(LoggerConfiguration configuration) => configuration
        .MinimumLevel.Information()
        .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
        .MinimumLevel.Override("Microsoft.Hosting", LogEventLevel.Warning)
        // The host logs a failed start with its stack; `run` reports the same failure as one line.
        .MinimumLevel.Override("Microsoft.Extensions.Hosting", LogEventLevel.Fatal)
        .Enrich.FromLogContext();

    public static Serilog.Core.Logger CreateConsole(LogFormat format) =>
        Configure(new LoggerConfiguration()).WriteTo.Console(Formatter(format)).CreateLogger();
}
