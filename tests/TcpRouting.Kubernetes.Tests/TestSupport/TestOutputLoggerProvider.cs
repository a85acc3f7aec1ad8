using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace TcpRouting.Kubernetes.Tests.TestSupport;

/// <summary>
/// The controller's log lines in the test's output, stamped with the time since the harness started, so a
/// test that times out shows what the controller was doing meanwhile; also kept in <see cref="Lines"/> for tests of the log.
/// </summary>
internal sealed class TestOutputLoggerProvider(ITestOutputHelper? output) : ILoggerProvider
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Every line logged so far, without the time stamp.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName[(categoryName.LastIndexOf('.') + 1)..]);

    public void Dispose()
    {
    }

    private void Write(string line)
    {
        Lines.Enqueue(line);
        try
        {
            output?.WriteLine($"{_clock.Elapsed.TotalSeconds,7:F3}s {line}");
        }
        catch (InvalidOperationException)
        {
            // The test already finished; late lines of a stopping controller have nowhere to go.
        }
    }

    private sealed class Logger(TestOutputLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider.Write($"{category} {logLevel}: {formatter(state, exception)}{(exception is null ? string.Empty : " " + exception.Message)}");
    }
}
