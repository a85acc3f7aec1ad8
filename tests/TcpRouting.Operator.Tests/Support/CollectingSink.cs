using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace TcpRouting.Operator.Tests.Support;

/// <summary>Keeps every log message as the text console would show it, so tests can assert on what `run` logged.</summary>
internal sealed class CollectingSink : ILogEventSink
{
    private readonly MessageTemplateTextFormatter _formatter = new("{Message:lj}");

    public ConcurrentQueue<string> Messages { get; } = new();

    public void Emit(LogEvent logEvent)
    {
        using var text = new StringWriter();
        _formatter.Format(logEvent, text);
        Messages.Enqueue(text.ToString());
    }
}
