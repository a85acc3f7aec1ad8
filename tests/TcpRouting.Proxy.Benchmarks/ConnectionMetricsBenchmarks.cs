using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using TcpRouting.Operator.Metrics;
using TcpRouting.Proxy.Diagnostics;

namespace TcpRouting.Proxy.Benchmarks;

/// <summary>
/// What the proxy records for one connection (ConnectionHandler and ConnectionReporter: open and accepted
/// totals, bytes both ways added to running totals, one duration measurement), with series seen before, as
/// under steady load. The instruments are
/// the BCL's; what differs is who listens: nobody, or the OpenTelemetry SDK's MeterProvider as `run` sets it up
/// for /metrics. Issue 11 kept the SDK because it was no slower than our own MeterListener exporter (README.md).
/// </summary>
[MemoryDiagnoser]
public class ConnectionMetricsBenchmarks
{
    private const string EntryPoint = "websecure";
    private const string Route = "ingressroutetcp/demo/postgres/route/0";
    private const string Backend = "demo/postgres:5432";

    private ProxyInstruments _instruments = null!;
    private IDisposable? _listener;

    public enum Listening
    {
        Nobody,
        OpenTelemetry,
    }

    [Params(Listening.Nobody, Listening.OpenTelemetry)]
    public Listening Listener { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _listener = Listener switch
        {
            Listening.OpenTelemetry => PrometheusMetrics.Create(),
            _ => null,
        };
        _instruments = new ProxyInstruments();
        OneConnection();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _instruments.Dispose();
        _listener?.Dispose();
    }

    [Benchmark]
    public void OneConnection()
    {
        var counts = _instruments.Totals.For(EntryPoint);
        counts.Opened();
        counts.Closed();
        _instruments.Totals.AddBytes(EntryPoint, Route, Backend, 1200, 48000);
        _instruments.Duration.Record(0.042, new TagList { { "entrypoint", EntryPoint }, { "route", Route }, { "backend", Backend } });
    }
}
