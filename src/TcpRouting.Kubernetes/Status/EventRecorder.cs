using System.Collections.Concurrent;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Logging;
using TcpRouting.Kubernetes.Client;

namespace TcpRouting.Kubernetes.Status;

/// <summary>
/// Kubernetes Events on our objects (events.k8s.io/v1, or core v1 on a cluster without it): Warning with the
/// problem, Normal when an object becomes ready; once per state, not on every reconcile.
/// </summary>
internal sealed class EventRecorder(KubeApiClient client, ClusterOptions options, TimeProvider time, ILogger logger)
{
    private const int MaxNote = 1024;
    private readonly ConcurrentDictionary<string, ObjectHealth> _said = new();
    private bool _coreEvents;
    private bool _cannotList;

    /// <summary>Records an Event when <paramref name="health"/> differs from what was last said about this object.</summary>
    public async Task RecordAsync(KubeObject target, ObjectHealth health, CancellationToken cancellationToken)
    {
        var key = $"{target.ApiVersion}/{target.Kind}/{target.Namespace}/{target.Name}/{target.Uid}";
        if (_said.TryGetValue(key, out var said) && said == health)
        {
            return;
        }

        try
        {
            if (!_said.ContainsKey(key) && await LastSaidAsync(target, cancellationToken).ConfigureAwait(false) == Said(health))
            {
                _said[key] = health; // a previous leader already said it
                return;
            }

            await CreateAsync(target, health, cancellationToken).ConfigureAwait(false);
            _said[key] = health;
        }
        catch (Exception e) when (e is KubeApiException or HttpRequestException)
        {
            KubernetesLog.EventFailed(logger, target.Ref.ToString(), e.Message);
        }
    }

    /// <summary>Forgets objects that are gone, so memory follows the cluster.</summary>
    public void Retain(IReadOnlySet<string> uids)
    {
        foreach (var key in _said.Keys.Where(k => !uids.Contains(k[(k.LastIndexOf('/') + 1)..])))
        {
            _said.TryRemove(key, out _);
        }
    }

    /// <summary>Best effort: without the right to list Events (or on any error) we say it again rather than not at all.</summary>
    private async Task<ObjectHealth?> LastSaidAsync(KubeObject target, CancellationToken cancellationToken)
    {
        if (_cannotList)
        {
            return null;
        }

        var ns = EventNamespace(target);
        try
        {
            if (!_coreEvents)
            {
                try
                {
                    return await EventHistory.LastSaidAsync(client, coreEvents: false, ns, target, options.EventController, cancellationToken).ConfigureAwait(false);
                }
                catch (KubeNotFoundException e) when (e.ServerMessage.Contains("could not find the requested resource", StringComparison.Ordinal))
                {
                    _coreEvents = true;
                }
            }

            return await EventHistory.LastSaidAsync(client, coreEvents: true, ns, target, options.EventController, cancellationToken).ConfigureAwait(false);
        }
        catch (KubeForbiddenException e)
        {
            _cannotList = true;
            KubernetesLog.EventsNotListable(logger, e.Message);
            return null;
        }
        catch (Exception e) when (e is KubeApiException or HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>The health as an Event carries it (the note is cut to the Event's limit).</summary>
    private static ObjectHealth Said(ObjectHealth health) => health.Message.Length > MaxNote ? health with { Message = health.Message[..MaxNote] } : health;

    // Events live in the object's namespace; for cluster-scoped objects, in "default" as kubectl looks there.
    private static string EventNamespace(KubeObject target) => target.Namespace.Length > 0 ? target.Namespace : "default";

    private async Task CreateAsync(KubeObject target, ObjectHealth health, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var ns = EventNamespace(target);
        var name = $"{target.Name}.{now.ToUnixTimeMilliseconds() * 1000:x}{Random.Shared.Next(0x1000):x3}";
        var type = health.Ready ? "Normal" : "Warning";
        var note = Said(health).Message;
        var regarding = new V1ObjectReference
        {
            ApiVersion = target.ApiVersion,
            Kind = target.Kind,
            Name = target.Name,
            Uid = target.Uid,
            ResourceVersion = target.ResourceVersion,
            NamespaceProperty = target.Namespace.Length > 0 ? target.Namespace : null,
        };
        var metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns };
        if (!_coreEvents)
        {
            try
            {
                var @event = new Eventsv1Event
                {
                    ApiVersion = "events.k8s.io/v1",
                    Kind = "Event",
                    Metadata = metadata,
                    EventTime = now.UtcDateTime,
                    ReportingController = options.EventController,
                    ReportingInstance = options.Identity,
                    Action = "Reconcile",
                    Reason = health.Reason,
                    Regarding = regarding,
                    Note = note,
                    Type = type,
                };
                await client.CallAsync((api, ct) => api.EventsV1.CreateNamespacedEventAsync(@event, ns, cancellationToken: ct), cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (KubeNotFoundException e) when (e.Reason != "NotFound" || e.ServerMessage.Contains("could not find the requested resource", StringComparison.Ordinal))
            {
                _coreEvents = true;
            }
        }

        var coreEvent = new Corev1Event
        {
            ApiVersion = "v1",
            Kind = "Event",
            Metadata = metadata,
            InvolvedObject = regarding,
            Reason = health.Reason,
            Message = note,
            Type = type,
            FirstTimestamp = now.UtcDateTime,
            LastTimestamp = now.UtcDateTime,
            Count = 1,
            Source = new V1EventSource { Component = options.EventController },
            ReportingComponent = options.EventController,
            ReportingInstance = options.Identity,
        };
        await client.CallAsync((api, ct) => api.CoreV1.CreateNamespacedEventAsync(coreEvent, ns, cancellationToken: ct), cancellationToken).ConfigureAwait(false);
    }
}
