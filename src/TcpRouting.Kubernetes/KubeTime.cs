using System.Globalization;

namespace TcpRouting.Kubernetes;

/// <summary>metav1.Time (RFC 3339, seconds) and metav1.MicroTime (microseconds) as the API server writes them.</summary>
internal static class KubeTime
{
    public static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public static string MicroTime(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture);
}
