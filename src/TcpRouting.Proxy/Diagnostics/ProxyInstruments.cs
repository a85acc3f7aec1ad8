using System.Diagnostics.Metrics;

namespace TcpRouting.Proxy.Diagnostics;

/// <summary>
/// The proxy's instruments on meter <see cref="ProxyMetrics.MeterName"/>. One Meter per server, so two
/// servers in one process (tests) never mix their measurements. A connection records one measurement,
/// its duration at close; open and accepted connections and bytes are totals that readers observe when
/// they collect (<see cref="ConnectionTotals"/>). Failures (rejections, handshake and connect errors)
/// are counted as they happen.
/// </summary>
internal sealed class ProxyInstruments : IDisposable
{
    public ProxyInstruments()
    {
        Meter = new Meter(ProxyMetrics.MeterName);
        Meter.CreateObservableUpDownCounter("tcprouting.connections.open", Totals.ObserveOpen, "{connection}", "Connections currently open.");
        Meter.CreateObservableCounter("tcprouting.connections", Totals.ObserveAccepted, "{connection}", "Connections accepted.");
        Meter.CreateObservableCounter("tcprouting.bytes", Totals.ObserveBytes, "By", "Bytes relayed, added once per connection at close.");
        HandshakeErrors = Meter.CreateCounter<long>("tcprouting.handshake.errors", "{error}", "TLS handshakes that failed.");
        ConnectErrors = Meter.CreateCounter<long>("tcprouting.connect.errors", "{error}", "Backend endpoint connect attempts that failed.");
        Rejections = Meter.CreateCounter<long>("tcprouting.rejections", "{connection}", "Connections closed before reaching a backend.");
        Duration = Meter.CreateHistogram<double>("tcprouting.connection.duration", "s", "Connection lifetime.");
    }

    public Meter Meter { get; }

    public ConnectionTotals Totals { get; } = new();

    public Counter<long> HandshakeErrors { get; }

    public Counter<long> ConnectErrors { get; }

    public Counter<long> Rejections { get; }

    public Histogram<double> Duration { get; }

    public void Dispose() => Meter.Dispose();
}
