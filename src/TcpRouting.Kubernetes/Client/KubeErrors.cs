using System.Net;
using System.Text.Json;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace TcpRouting.Kubernetes.Client;

/// <summary>
/// The one place where KubernetesClient's errors become ours: a refused request (HttpOperationException with
/// the server's metav1.Status as its body) or a watch ERROR event (KubernetesException) turns into the
/// <see cref="KubeApiException"/> for the codes we act on (not found, conflict, gone, forbidden); a credential
/// refresh that fails becomes a <see cref="KubeconfigException"/>.
/// </summary>
internal static class KubeErrors
{
    public static Exception Map(Exception e) => e switch
    {
        KubeApiException => e,
        HttpOperationException h when h.Response is { } response => FromStatus(
            Parse(response.Content), response.StatusCode, response.ReasonPhrase ?? response.StatusCode.ToString(), response.Content, $"{h.Request?.Method} {h.Request?.RequestUri}"),
        KubernetesException k when k.Status is { } status => FromStatus(status, HttpStatusCode.InternalServerError, "InternalError", k.Message, "WATCH"),
        // An exec plugin run again for a fresh token (the first one expired) failed.
        k8s.Exceptions.KubeConfigException k => new KubeconfigException($"credentials: {k.Message}", k),
        _ => e,
    };

    private static KubeApiException FromStatus(V1Status? status, HttpStatusCode fallback, string fallbackReason, string? body, string what)
    {
        var code = status?.Code is > 0 and var c ? (HttpStatusCode)c : fallback;
        var reason = status?.Reason is { Length: > 0 } r ? r : fallbackReason;
        var message = status is not null ? status.Message ?? string.Empty : (body ?? string.Empty).Trim();
        return KubeApiException.Create(code, reason, message, what);
    }

    private static V1Status? Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return KubernetesJson.Deserialize<V1Status>(body) is { Kind: "Status" } status ? status : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
