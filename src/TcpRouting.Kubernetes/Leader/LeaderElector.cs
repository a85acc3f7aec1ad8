using System.Text.Json.Nodes;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Logging;
using TcpRouting.Kubernetes.Client;

namespace TcpRouting.Kubernetes.Leader;

/// <summary>
/// Lease-based leader election as client-go's leaderelection does it: a coordination.k8s.io/v1 Lease names
/// the holder; the holder renews it every retry interval; another replica takes it when it has not seen the
/// lease change for a whole lease duration on its own clock (no trust in other clocks). Writes are
/// conditional on resourceVersion, so two candidates never both win.
/// </summary>
internal sealed class LeaderElector(KubeApiClient client, ClusterOptions options, TimeProvider time, ILogger logger)
{
    private string? _observedVersion;
    private DateTimeOffset _observedAt;
    private DateTimeOffset _renewedAt;
    private volatile bool _isLeader;

    public bool IsLeader => _isLeader;

    /// <summary>Raised with the new value whenever leadership is won or lost.</summary>
    public event Action<bool>? Changed;

    private string LeaseName => $"{options.LeaseNamespace}/{options.LeaseName}";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    SetLeader(await TryAcquireOrRenewAsync(cancellationToken).ConfigureAwait(false));
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    KubernetesLog.LeaseFailed(logger, LeaseName, e.Message);
                    // A leader that cannot renew steps down before its lease can have been taken (renew deadline).
                    if (_isLeader && time.GetUtcNow() - _renewedAt > options.LeaseDuration * 2 / 3)
                    {
                        SetLeader(false);
                    }
                }

                await Task.Delay(options.LeaseRetryInterval, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (_isLeader && options.ReleaseLeaseOnStop)
            {
                await ReleaseAsync().ConfigureAwait(false);
            }

            SetLeader(false);
        }
    }

    private async Task<bool> TryAcquireOrRenewAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        V1Lease current;
        try
        {
            current = await client.CallAsync((api, ct) => api.CoordinationV1.ReadNamespacedLeaseAsync(options.LeaseName, options.LeaseNamespace, cancellationToken: ct), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (KubeNotFoundException)
        {
            var created = await client.CallAsync((api, ct) => api.CoordinationV1.CreateNamespacedLeaseAsync(Lease(null, now, now, 0), options.LeaseNamespace, cancellationToken: ct), cancellationToken)
                .ConfigureAwait(false);
            Observe(created, now);
            _renewedAt = now;
            return true;
        }

        var holder = current.Spec?.HolderIdentity;
        var version = current.Metadata?.ResourceVersion;
        if (version != _observedVersion)
        {
            _observedVersion = version;
            _observedAt = now;
        }

        var mine = holder == options.Identity;
        var duration = current.Spec?.LeaseDurationSeconds is { } d ? TimeSpan.FromSeconds(d) : options.LeaseDuration;
        if (!mine && !string.IsNullOrEmpty(holder) && now < _observedAt + duration)
        {
            return false;
        }

        var transitions = current.Spec?.LeaseTransitions ?? 0;
        var acquired = mine && current.Spec?.AcquireTime is { } a ? new DateTimeOffset(DateTime.SpecifyKind(a, DateTimeKind.Utc)) : now;
        try
        {
            var lease = Lease(version, acquired, now, mine ? transitions : transitions + 1);
            var updated = await client.CallAsync((api, ct) => api.CoordinationV1.ReplaceNamespacedLeaseAsync(lease, options.LeaseName, options.LeaseNamespace, cancellationToken: ct), cancellationToken)
                .ConfigureAwait(false);
            Observe(updated, now);
            _renewedAt = now;
            return true;
        }
        catch (KubeConflictException)
        {
            // Someone else wrote the lease first.
            return false;
        }
    }

    /// <summary>Hands the lease back (holder cleared, 1s duration), conditional on the version we hold, as client-go's ReleaseOnCancel does.</summary>
    private async Task ReleaseAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            var now = KubeTime.MicroTime(time.GetUtcNow());
            var patch = new JsonObject
            {
                ["metadata"] = new JsonObject { ["resourceVersion"] = _observedVersion },
                ["spec"] = new JsonObject { ["holderIdentity"] = null, ["leaseDurationSeconds"] = 1, ["acquireTime"] = now, ["renewTime"] = now },
            };
            var body = new V1Patch(patch.ToJsonString(), V1Patch.PatchType.MergePatch);
            await client.CallAsync((api, ct) => api.CoordinationV1.PatchNamespacedLeaseAsync(body, options.LeaseName, options.LeaseNamespace, cancellationToken: ct), timeout.Token)
                .ConfigureAwait(false);
        }
        catch (Exception e)
        {
            KubernetesLog.LeaseFailed(logger, LeaseName, e.Message);
        }
    }

    private V1Lease Lease(string? resourceVersion, DateTimeOffset acquired, DateTimeOffset renewed, int transitions) => new()
    {
        ApiVersion = "coordination.k8s.io/v1",
        Kind = "Lease",
        Metadata = new V1ObjectMeta { Name = options.LeaseName, NamespaceProperty = options.LeaseNamespace, ResourceVersion = resourceVersion },
        Spec = new V1LeaseSpec
        {
            HolderIdentity = options.Identity,
            LeaseDurationSeconds = (int)Math.Ceiling(options.LeaseDuration.TotalSeconds),
            AcquireTime = acquired.UtcDateTime,
            RenewTime = renewed.UtcDateTime,
            LeaseTransitions = transitions,
        },
    };

    private void Observe(V1Lease lease, DateTimeOffset now)
    {
        _observedVersion = lease.Metadata?.ResourceVersion;
        _observedAt = now;
    }

    private void SetLeader(bool value)
    {
        if (_isLeader == value)
        {
            return;
        }

        _isLeader = value;
        if (value)
        {
            KubernetesLog.BecameLeader(logger, options.Identity, LeaseName);
        }
        else
        {
            KubernetesLog.LostLeadership(logger, options.Identity, LeaseName);
        }

        Changed?.Invoke(value);
    }
}
