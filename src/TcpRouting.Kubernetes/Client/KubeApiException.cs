using System.Net;

namespace TcpRouting.Kubernetes.Client;

/// <summary>
/// The API server refused a request. Carries the HTTP status, the metav1.Status reason (NotFound,
/// AlreadyExists, Conflict, Invalid, Expired, Gone, Forbidden, ...) and the server's own message.
/// </summary>
public class KubeApiException(HttpStatusCode statusCode, string reason, string serverMessage, string request)
    : Exception($"{request}: {(int)statusCode} {reason}: {serverMessage}")
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    public string Reason { get; } = reason;

    public string ServerMessage { get; } = serverMessage;

    /// <summary>The typed exception for the codes we act on: NotFound, Conflict (incl. AlreadyExists), Gone/Expired, Forbidden.</summary>
    public static KubeApiException Create(HttpStatusCode statusCode, string reason, string serverMessage, string request) => (int)statusCode switch
    {
        404 => new KubeNotFoundException(reason, serverMessage, request),
        409 => new KubeConflictException(reason, serverMessage, request),
        410 => new KubeGoneException(reason, serverMessage, request),
        403 => new KubeForbiddenException(reason, serverMessage, request),
        _ => new KubeApiException(statusCode, reason, serverMessage, request),
    };
}
