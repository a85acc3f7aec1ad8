namespace TcpRouting.Kubernetes.Client;

/// <summary>422: the object failed the server's validation; the message names the field.</summary>
public sealed class KubeInvalidException(string reason, string serverMessage, string request)
    : KubeApiException((System.Net.HttpStatusCode)422, reason, serverMessage, request);
