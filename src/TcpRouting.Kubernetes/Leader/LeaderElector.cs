using System.Text.Json;
using System.Text.Json.Nodes;
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
        var lease = await client.TryGetAsync(KubeResource.Leases, options.LeaseNamespace, options.LeaseName, cancellationToken).ConfigureAwait(false);
        if (lease is not { } current)
        {
            var created = await client.CreateAsync(KubeResource.Leases, options.LeaseNamespace, Lease(null, now, now, 0), cancellationToken).ConfigureAwait(false);
            Observe(created, now);
            _renewedAt = now;
            return true;
        }

        var holder = KubeJsonPath.Str(current, "spec", "holderIdentity");
        var version = KubeJsonPath.Str(current, "metadata", "resourceVersion");
        if (version != _observedVersion)
        {
            _observedVersion = version;
            _observedAt = now;
        }

        var mine = holder == options.Identity;
        var duration = KubeJsonPath.Get(current, "spec", "leaseDurationSeconds") is { ValueKind: JsonValueKind.Number } d ? TimeSpan.FromSeconds(d.GetInt32()) : options.LeaseDuration;
        if (!mine && !string.IsNullOrEmpty(holder) && now < _observedAt + duration)
        {
            return false;
        }

        var transitions = KubeJsonPath.Get(current, "spec", "leaseTransitions") is { ValueKind: JsonValueKind.Number } t ? t.GetInt32() : 0;
        var acquired = mine && KubeJsonPath.Str(current, "spec", "acquireTime") is { } a ? DateTimeOffset.Parse(a, System.Globalization.CultureInfo.InvariantCulture) : now;
        try
        {
            var updated = await client.ReplaceAsync(KubeResource.Leases, options.LeaseNamespace, options.LeaseName, Lease(version, acquired, now, mine ? transitions : transitions + 1), cancellationToken)
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

    private async Task ReleaseAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            var lease = Lease(_observedVersion, time.GetUtcNow(), time.GetUtcNow(), 0);
            lease["spec"]!["holderIdentity"] = null;
            lease["spec"]!["leaseDurationSeconds"] = 1;
            lease["spec"]!.AsObject().Remove("leaseTransitions");
            await client.MergePatchAsync(KubeResource.Leases, options.LeaseNamespace, options.LeaseName, lease, cancellationToken: timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            KubernetesLog.LeaseFailed(logger, LeaseName, e.Message);
        }
    }

    private JsonObject Lease(string? resourceVersion, DateTimeOffset acquired, DateTimeOffset renewed, int transitions)
    {
        var metadata = new JsonObject { ["name"] = options.LeaseName, ["namespace"] = options.LeaseNamespace };
        if (resourceVersion is not null)
        {
            metadata["resourceVersion"] = resourceVersion;
        }

        return new JsonObject
        {
            ["apiVersion"] = "coordination.k8s.io/v1",
            ["kind"] = "Lease",
            ["metadata"] = metadata,
            ["spec"] = new JsonObject
            {
                ["holderIdentity"] = options.Identity,
                ["leaseDurationSeconds"] = (int)Math.Ceiling(options.LeaseDuration.TotalSeconds),
                ["acquireTime"] = KubeTime.MicroTime(acquired),
                ["renewTime"] = KubeTime.MicroTime(renewed),
                ["leaseTransitions"] = transitions,
            },
        };
    }

    private void Observe(JsonElement lease, DateTimeOffset now)
    {
        _observedVersion = KubeJsonPath.Str(lease, "metadata", "resourceVersion");
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
