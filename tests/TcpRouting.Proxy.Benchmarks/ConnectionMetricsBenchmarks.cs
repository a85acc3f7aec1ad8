using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using TcpRouting.Operator.Metrics;
using TcpRouting.Proxy.Diagnostics;

namespace TcpRouting.Proxy.Benchmarks;

/// <summary>
/// What the proxy records for one connection (ConnectionHandler and ConnectionReporter: open +1, accepted +1,
/// open -1, bytes both ways, the duration), with series seen before, as under steady load. The instruments are
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
        var entryPoint = new TagList { { "entrypoint", EntryPoint } };
        _instruments.Open.Add(1, entryPoint);
        _instruments.Connections.Add(1, entryPoint);
        _instruments.Open.Add(-1, entryPoint);
        _instruments.Bytes.Add(1200, new TagList { { "entrypoint", EntryPoint }, { "route", Route }, { "backend", Backend }, { "direction", "client_to_backend" } });
        _instruments.Bytes.Add(48000, new TagList { { "entrypoint", EntryPoint }, { "route", Route }, { "backend", Backend }, { "direction", "backend_to_client" } });
        _instruments.Duration.Record(0.042, new TagList { { "entrypoint", EntryPoint }, { "route", Route }, { "backend", Backend } });
    }
}
