namespace TcpRouting.Kubernetes.Client;

/// <summary>Parameters of a watch (https://kubernetes.io/docs/reference/using-api/api-concepts/#efficient-detection-of-changes).</summary>
/// <param name="ResourceVersion">Events after this version; null or "" means "from now".</param>
/// <param name="AllowWatchBookmarks">Ask for BOOKMARK events so a resumed watch starts close to now.</param>
/// <param name="TimeoutSeconds">The server ends the stream after this long; the caller resumes.</param>
public sealed record KubeWatchOptions(
    string? ResourceVersion = null,
    bool AllowWatchBookmarks = true,
    int? TimeoutSeconds = null,
    string? FieldSelector = null,
    string? LabelSelector = null);
