namespace TcpRouting.Kubernetes.Caches;

/// <summary>Exponential backoff with full jitter between a floor and a ceiling, as client-go's reflector backs off.</summary>
internal static class Backoff
{
    public static TimeSpan Delay(int failures, TimeSpan min, TimeSpan max)
    {
        var exponent = Math.Min(failures - 1, 16);
        var ceiling = Math.Min(max.TotalMilliseconds, min.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds(min.TotalMilliseconds + (Random.Shared.NextDouble() * Math.Max(0, ceiling - min.TotalMilliseconds)));
    }
}
