using Microsoft.Extensions.Logging;

namespace TcpRouting.Kubernetes;

/// <summary>
/// The operator on a cluster: discovery, watch caches, one debounced reconcile loop that translates and
/// swaps the proxy's table, and (leader only) status writing. Implemented by the Kubernetes work (issue 4).
/// </summary>
public sealed class ClusterController(ClusterOptions options, RouteTableHolder holder, ILoggerFactory loggerFactory, TimeProvider timeProvider)
{
    /// <summary>True once every cache synced and the first table was applied (drives /readyz).</summary>
    public bool IsReady { get; private set; }

    /// <summary>The last translation, for /api/routes.</summary>
    public TranslationResult? LastResult { get; private set; }

    public Task RunAsync(CancellationToken cancellationToken)
    {
        _ = (options, holder, loggerFactory, timeProvider, cancellationToken);
        throw new NotSupportedException("cluster mode is implemented by the Kubernetes work (issue 4)");
    }
}
