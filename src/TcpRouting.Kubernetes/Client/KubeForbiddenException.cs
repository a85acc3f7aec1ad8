using System.Net;

namespace TcpRouting.Kubernetes.Client;

/// <summary>403: RBAC does not grant the request (listing Events, reading CRDs); the message names the verb and resource.</summary>
public sealed class KubeForbiddenException(string reason, string serverMessage, string request)
    : KubeApiException(HttpStatusCode.Forbidden, reason, serverMessage, request);
