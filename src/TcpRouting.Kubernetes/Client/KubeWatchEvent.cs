using System.Text.Json;

namespace TcpRouting.Kubernetes.Client;

/// <summary>One line of a watch stream: ADDED, MODIFIED, DELETED or BOOKMARK (ERROR is thrown as a <see cref="KubeApiException"/>).</summary>
public sealed record KubeWatchEvent(string Type, JsonElement Object)
{
    public const string Added = "ADDED";
    public const string Modified = "MODIFIED";
    public const string Deleted = "DELETED";
    public const string Bookmark = "BOOKMARK";

    public string? ResourceVersion => KubeJsonPath.Str(Object, "metadata", "resourceVersion");
}
