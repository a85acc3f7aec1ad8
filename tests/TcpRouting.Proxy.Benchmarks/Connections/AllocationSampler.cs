using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace TcpRouting.Proxy.Benchmarks.Connections;

/// <summary>
/// Which types the allocations are: the runtime's GCAllocationTick event names the type of the object
/// that crossed each ~100 KB of allocation, so over many connections the counts are proportional to the
/// bytes each type takes. For `census --types`.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, int> _samples = new();
    private volatile bool _on;

    public void Start() => _on = true;

    public IReadOnlyList<KeyValuePair<string, int>> Stop()
    {
        _on = false;
        return [.. _samples.OrderByDescending(s => s.Value)];
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_on || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null)
        {
            return;
        }

        var index = eventData.PayloadNames.IndexOf("TypeName");
        if (index >= 0 && eventData.Payload![index] is string type)
        {
            _samples.AddOrUpdate(type, 1, static (_, n) => n + 1);
        }
    }
}
