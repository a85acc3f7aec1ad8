using System.Net;

namespace TcpRouting.Kubernetes.Client;

/// <summary>404: the object, or the resource itself (a CRD that is not installed), does not exist.</summary>
public sealed class KubeNotFoundException(string reason, string serverMessage, string request)
    : KubeApiException(HttpStatusCode.NotFound, reason, serverMessage, request);
