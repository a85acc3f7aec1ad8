using System.Collections.Immutable;
using System.Net;
using TcpRouting.Translation;

namespace TcpRouting.Operator.Hosting;

/// <summary>Everything `tcprouting run` was told.</summary>
/// <param name="ManifestsDir">Serve this folder; null means run against a cluster.</param>
/// <param name="Admin">Where /healthz, /readyz, /api/routes and /metrics listen.</param>
/// <param name="GracePeriod">On shutdown, how long live connections may finish.</param>
/// <param name="ReloadDebounce">How long the manifests folder must be quiet before a reload.</param>
internal sealed record RunSettings(
    string? ManifestsDir,
    StaticConfig Config,
    IPEndPoint Admin,
    bool AccessLog,
    string? Kubeconfig,
    string Class,
    ImmutableArray<string> Namespaces,
    string GatewayControllerName,
    TimeSpan GracePeriod,
    TimeSpan ReloadDebounce)
{
    /// <summary>Gateway Services and addresses in statuses on a cluster (`--publish-service`, `--pod-selector`).</summary>
    public TcpRouting.Translation.Exposure.ExposureSettings? Exposure { get; init; }

    public static readonly TimeSpan DefaultGracePeriod = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan DefaultReloadDebounce = TimeSpan.FromMilliseconds(250);

    /// <summary>Serve /api/routes on the admin listener (`--admin-api`). Off by default: it shows every route, backend
    /// address and status to whoever reaches the admin port, which in a pod is anyone who can reach the pod.</summary>
    public bool RoutesApi { get; init; }
}
