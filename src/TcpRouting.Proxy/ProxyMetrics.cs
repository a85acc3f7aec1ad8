namespace TcpRouting.Proxy;

/// <summary>Names under which the proxy publishes its System.Diagnostics.Metrics instruments.</summary>
public static class ProxyMetrics
{
    public const string MeterName = "TcpRouting.Proxy";
}
