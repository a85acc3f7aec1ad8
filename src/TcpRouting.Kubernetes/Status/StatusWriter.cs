using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using TcpRouting.Kubernetes.Client;
using TcpRouting.Kubernetes.Discovery;
using TcpRouting.Translation.Status;

namespace TcpRouting.Kubernetes.Status;

/// <summary>
/// Writes translated status (leader only): a merge patch of the status subresource, conditional on the
/// resourceVersion we read, sent only when it changes what the object says; and an Event when an object's
/// health changes.
/// </summary>
internal sealed class StatusWriter(KubeApiClient client, ClusterOptions options, EventRecorder events, TimeProvider time, ILogger logger)
{
    private readonly HashSet<string> _pruned = [];

    /// <returns>False when a write failed and should be tried again later.</returns>
    public async Task<bool> WriteAsync(TranslationResult result, Func<ObjectStatus, (ServedKind Kind, KubeObject Object)?> lookup, CancellationToken cancellationToken)
    {
        var ok = true;
        var uids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var status in result.Statuses)
        {
            if (lookup(status) is not var (kind, current))
            {
                continue;
            }

            uids.Add(current.Uid ?? string.Empty);
            ok &= await WriteStatusAsync(status, kind, current, cancellationToken).ConfigureAwait(false);
            await events.RecordAsync(current, ObjectHealth.Of(status), cancellationToken).ConfigureAwait(false);
        }

        events.Retain(uids);
        return ok;
    }

    private async Task<bool> WriteStatusAsync(ObjectStatus status, ServedKind kind, KubeObject current, CancellationToken cancellationToken)
    {
        if (_pruned.Contains(kind.Key)
            || StatusPatchBuilder.Build(status, kind, current, options.GatewayControllerName, time.GetUtcNow()) is not { } desired)
        {
            return true;
        }

        var patch = new JsonObject
        {
            // The resourceVersion makes the patch conditional: a stale cache gets 409, not a lost update.
            ["metadata"] = new JsonObject { ["resourceVersion"] = current.ResourceVersion },
            ["status"] = desired.DeepClone(),
        };
        var ns = kind.Resource.Namespaced ? current.Namespace : null;
        try
        {
            var updated = await client.PatchStatusAsync(kind.Resource, ns, current.Name, patch, cancellationToken).ConfigureAwait(false);
            if (desired.Any(p => KubeJsonPath.Get(updated, "status", p.Key) is null))
            {
                // The CRD's schema prunes these fields: writing again would never stick.
                _pruned.Add(kind.Key);
                KubernetesLog.StatusFailed(logger, current.Ref.ToString(), $"the {kind.Resource} schema drops status.{string.Join(", status.", desired.Select(p => p.Key))}; not writing it again");
            }

            return true;
        }
        catch (KubeNotFoundException)
        {
            return true; // deleted meanwhile; its DELETED event is on the way
        }
        catch (KubeConflictException)
        {
            return false; // our copy is behind; try again once the watch caught up
        }
        catch (Exception e) when (e is KubeApiException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            KubernetesLog.StatusFailed(logger, current.Ref.ToString(), e.Message);
            return false;
        }
    }
}
