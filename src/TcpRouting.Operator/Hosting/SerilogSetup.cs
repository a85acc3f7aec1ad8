using Serilog;
using Serilog.Configuration;
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

    public static Serilog.Core.Logger CreateConsole(LogFormat format) => Create(sink => sink.Console(Formatter(format)));

    /// <summary>
    /// The sink runs behind Serilog.Sinks.Async: a caller (the access log, on a connection's path) only enqueues,
    /// and one background thread writes. A full queue drops events rather than stall a connection on a slow
    /// stdout; disposing the logger flushes what is queued.
    /// </summary>
    public static Serilog.Core.Logger Create(Action<LoggerSinkConfiguration> sink) =>
        Configure(new LoggerConfiguration()).WriteTo.Async(sink, blockWhenFull: false).CreateLogger();
}
