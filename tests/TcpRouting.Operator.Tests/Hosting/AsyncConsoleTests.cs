using FluentAssertions;
using Serilog.Core;
using Serilog.Events;
using TcpRouting.Operator.Hosting;

namespace TcpRouting.Operator.Tests.Hosting;

/// <summary>The console of `run` sits behind Serilog.Sinks.Async, so a log call on a connection's path never waits for stdout.</summary>
public sealed class AsyncConsoleTests
{
    [Fact]
    public async Task A_stalled_sink_never_holds_up_the_caller_and_disposing_flushes_what_is_queued()
    {
        using var sink = new GatedSink();
        var logger = SerilogSetup.Create(s => s.Sink(sink));

        // With the sink stuck, a synchronous pipeline would block on the first call.
        var logging = Task.Run(() =>
        {
            for (var i = 0; i < 100; i++)
            {
                logger.Information("connection {Number} closed", i);
            }
        }, TestContext.Current.CancellationToken);
        // Logging only enqueues: this times out (and fails the test) if a call waits for the sink.
        await logging.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        sink.Written.Should().Be(0);

        sink.Open();
        logger.Dispose();
        sink.Written.Should().Be(100);
    }

    private sealed class GatedSink : ILogEventSink, IDisposable
    {
        private readonly ManualResetEventSlim _gate = new();
        private int _written;

        public int Written => Volatile.Read(ref _written);

        public void Open() => _gate.Set();

        public void Emit(LogEvent logEvent)
        {
            _gate.Wait();
            Interlocked.Increment(ref _written);
        }

        public void Dispose() => _gate.Dispose();
    }
}
