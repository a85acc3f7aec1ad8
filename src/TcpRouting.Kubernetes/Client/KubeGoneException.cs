using System.Net;

namespace TcpRouting.Kubernetes.Client;

/// <summary>410 (reason Expired or Gone): the resourceVersion or continue token is too old; list again.</summary>
public sealed class KubeGoneException(string reason, string serverMessage, string request)
    : KubeApiException(HttpStatusCode.Gone, reason, serverMessage, request);
