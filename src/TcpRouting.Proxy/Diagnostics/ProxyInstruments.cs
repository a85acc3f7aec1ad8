using System.Diagnostics.Metrics;

namespace TcpRouting.Proxy.Diagnostics;

/// <summary>
/// The proxy's instruments on meter <see cref="ProxyMetrics.MeterName"/>. One Meter per server, so two
/// servers in one process (tests) never mix their measurements.
/// </summary>
internal sealed class ProxyInstruments : IDisposable
{
    public ProxyInstruments()
    {
        Meter = new Meter(ProxyMetrics.MeterName);
        Open = Meter.CreateUpDownCounter<long>("tcprouting.connections.open", "{connection}", "Connections currently open.");
        Connections = Meter.CreateCounter<long>("tcprouting.connections", "{connection}", "Connections accepted.");
        Bytes = Meter.CreateCounter<long>("tcprouting.bytes", "By", "Bytes relayed, added once per connection at close.");
        HandshakeErrors = Meter.CreateCounter<long>("tcprouting.handshake.errors", "{error}", "TLS handshakes that failed.");
        ConnectErrors = Meter.CreateCounter<long>("tcprouting.connect.errors", "{error}", "Backend endpoint connect attempts that failed.");
        Rejections = Meter.CreateCounter<long>("tcprouting.rejections", "{connection}", "Connections closed before reaching a backend.");
        Duration = Meter.CreateHistogram<double>("tcprouting.connection.duration", "s", "Connection lifetime.");
    }

    public Meter Meter { get; }

    public UpDownCounter<long> Open { get; }

    public Counter<long> Connections { get; }

    public Counter<long> Bytes { get; }

    public Counter<long> HandshakeErrors { get; }

    public Counter<long> ConnectErrors { get; }

    public Counter<long> Rejections { get; }

    public Histogram<double> Duration { get; }

    public void Dispose() => Meter.Dispose();
}
