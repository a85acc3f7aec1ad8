using Microsoft.Extensions.Logging;

namespace TcpRouting.Kubernetes;

/// <summary>The operator's log lines, source-generated.</summary>
internal static partial class KubernetesLog
{
    [LoggerMessage(1, LogLevel.Information, "{Kind} is not installed in the cluster (looked for {Where}): skipped until its CRD appears")]
    public static partial void KindNotInstalled(ILogger logger, string kind, string where);

    [LoggerMessage(2, LogLevel.Information, "{Kind} is now installed: watching it")]
    public static partial void KindAppeared(ILogger logger, string kind);

    [LoggerMessage(3, LogLevel.Information, "Watching {Resource} in {Scope} (status subresource: {HasStatus})")]
    public static partial void Watching(ILogger logger, string resource, string scope, bool hasStatus);

    [LoggerMessage(4, LogLevel.Warning, "Watch of {Resource} failed, retrying in {Delay}: {Error}")]
    public static partial void WatchFailed(ILogger logger, string resource, TimeSpan delay, string error);

    [LoggerMessage(5, LogLevel.Debug, "Watch of {Resource} expired (410): listing again")]
    public static partial void WatchExpired(ILogger logger, string resource);

    [LoggerMessage(6, LogLevel.Information, "Applied route table {Fingerprint}: {Routes} routes from {Objects} objects")]
    public static partial void TableApplied(ILogger logger, string fingerprint, int routes, int objects);

    [LoggerMessage(7, LogLevel.Warning, "Discovery failed, keeping the kinds known so far: {Error}")]
    public static partial void DiscoveryFailed(ILogger logger, string error);

    [LoggerMessage(8, LogLevel.Warning, "Writing status of {Object} failed: {Error}")]
    public static partial void StatusFailed(ILogger logger, string @object, string error);

    [LoggerMessage(9, LogLevel.Information, "{Identity} is now the leader ({Lease}): writing status")]
    public static partial void BecameLeader(ILogger logger, string identity, string lease);

    [LoggerMessage(10, LogLevel.Warning, "{Identity} lost the leadership of {Lease}")]
    public static partial void LostLeadership(ILogger logger, string identity, string lease);

    [LoggerMessage(11, LogLevel.Warning, "Leader election on {Lease} failed: {Error}")]
    public static partial void LeaseFailed(ILogger logger, string lease, string error);

    [LoggerMessage(12, LogLevel.Warning, "Recording an Event for {Object} failed: {Error}")]
    public static partial void EventFailed(ILogger logger, string @object, string error);

    [LoggerMessage(13, LogLevel.Information, "{Kind} is no longer served: its objects are dropped")]
    public static partial void KindRemoved(ILogger logger, string kind);

    [LoggerMessage(14, LogLevel.Error, "Reconcile failed")]
    public static partial void ReconcileFailed(ILogger logger, Exception error);

    [LoggerMessage(15, LogLevel.Information, "{Kind} {Object} is left alone: it has class {Class}, and this operator serves class {OurClass} (--class)")]
    public static partial void OtherClass(ILogger logger, string kind, string @object, string @class, string ourClass);

    [LoggerMessage(16, LogLevel.Warning, "Cannot list Events, so a new leader may repeat its predecessor's Events once (grant list on events): {Error}")]
    public static partial void EventsNotListable(ILogger logger, string error);

    [LoggerMessage(17, LogLevel.Information, "Applied Service {Service} with ports {Ports}")]
    public static partial void ServiceApplied(ILogger logger, string service, string ports);

    [LoggerMessage(18, LogLevel.Information, "Deleted Service {Service}: its Gateway is gone")]
    public static partial void ServiceDeleted(ILogger logger, string service);

    [LoggerMessage(19, LogLevel.Warning, "Cannot write Service {Service}: {Error}")]
    public static partial void ServiceWriteFailed(ILogger logger, string service, string error);
}
