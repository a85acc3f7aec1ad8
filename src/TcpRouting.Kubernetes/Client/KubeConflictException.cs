using System.Net;

namespace TcpRouting.Kubernetes.Client;

/// <summary>409: AlreadyExists on create, or Conflict when the resourceVersion given is stale (optimistic concurrency).</summary>
public sealed class KubeConflictException(string reason, string serverMessage, string request)
    : KubeApiException(HttpStatusCode.Conflict, reason, serverMessage, request)
{
    public bool AlreadyExists => Reason == "AlreadyExists";
}
