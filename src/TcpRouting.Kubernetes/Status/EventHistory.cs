using k8s;
using k8s.Models;
using TcpRouting.Kubernetes.Client;

namespace TcpRouting.Kubernetes.Status;

/// <summary>
/// What we last said about an object in an Event that is already in the cluster. A replica that has just
/// become leader (or restarted) knows nothing of the Events its predecessor recorded; reading them back on
/// first sight of an object keeps it from repeating the same Warning or Normal Event once per hand-over.
/// </summary>
internal static class EventHistory
{
    private const int PageSize = 100;

    /// <returns>Our latest Event about <paramref name="target"/> as health, or null when there is none.</returns>
    public static async Task<ObjectHealth?> LastSaidAsync(KubeApiClient client, bool coreEvents, string ns, KubeObject target, string controller, CancellationToken cancellationToken)
    {
        // Field selectors on the regarding (events.k8s.io) / involvedObject (core) reference keep the list to this object.
        var reference = coreEvents ? "involvedObject" : "regarding";
        var selector = target.Uid is { Length: > 0 } uid ? $"{reference}.uid={uid}" : $"{reference}.name={target.Name},{reference}.kind={target.Kind}";
        var said = new List<(DateTime When, ObjectHealth Health)>();
        string? next = null;
        do
        {
            if (coreEvents)
            {
                var page = await client.CallAsync((api, ct) => api.CoreV1.ListNamespacedEventAsync(ns, continueParameter: next, fieldSelector: selector, limit: PageSize, cancellationToken: ct), cancellationToken)
                    .ConfigureAwait(false);
                said.AddRange(page.Items.Where(e => (e.ReportingComponent ?? e.Source?.Component) == controller)
                    .Select(e => (e.LastTimestamp ?? e.Metadata?.CreationTimestamp ?? DateTime.MinValue, Health(e.Type, e.Reason, e.Message))));
                next = page.Metadata?.ContinueProperty;
            }
            else
            {
                var page = await client.CallAsync((api, ct) => api.EventsV1.ListNamespacedEventAsync(ns, continueParameter: next, fieldSelector: selector, limit: PageSize, cancellationToken: ct), cancellationToken)
                    .ConfigureAwait(false);
                said.AddRange(page.Items.Where(e => (e.ReportingController ?? e.DeprecatedSource?.Component) == controller)
                    .Select(e => (e.EventTime ?? e.Metadata?.CreationTimestamp ?? DateTime.MinValue, Health(e.Type, e.Reason, e.Note))));
                next = page.Metadata?.ContinueProperty;
            }
        }
        while (!string.IsNullOrEmpty(next));

        // eventTime has microseconds, so Events of one second keep their order.
        return said.Count == 0 ? null : said.OrderBy(s => s.When).Last().Health;
    }

    private static ObjectHealth Health(string? type, string? reason, string? note) => new(type == "Normal", reason ?? string.Empty, note ?? string.Empty);
}
