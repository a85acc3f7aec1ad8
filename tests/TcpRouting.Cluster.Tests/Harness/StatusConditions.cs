using System.Text.Json.Nodes;

namespace TcpRouting.Cluster.Tests.Harness;

/// <summary>The conditions of a status as `kubectl get -o json` returns it: an object's .status, or a route's parent entry.</summary>
public static class StatusConditions
{
    /// <summary>(type, status) of every condition under <paramref name="owner"/>.conditions; none when it has none.</summary>
    public static List<(string? Type, string? Status)> Of(JsonNode? owner) =>
        [.. (owner?["conditions"] as JsonArray ?? []).Select(c => ((string?)c!["type"], (string?)c["status"]))];

    /// <summary>The status and reason of the condition of this type, or (null, null) when there is none yet.</summary>
    public static (string? Status, string? Reason) Find(JsonNode? owner, string type) =>
        (owner?["conditions"] as JsonArray ?? []).Where(c => (string?)c!["type"] == type).Select(c => ((string?)c!["status"], (string?)c["reason"])).FirstOrDefault();
}
