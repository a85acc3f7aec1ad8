using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using TcpRouting.Kubernetes.Client;
using TcpRouting.Kubernetes.Discovery;
using TcpRouting.Translation.Status;

namespace TcpRouting.Kubernetes.Status;

/// <summary>
/// The .status fields we own for one object, or null when the object already says exactly that.
/// Gateway API (https://gateway-api.sigs.k8s.io/reference/spec/): GatewayClass and Gateway conditions, Gateway
/// listeners, and on routes only the status.parents entries whose controllerName is ours (other controllers'
/// entries are kept as they are). Traefik, Kong and ngrok: status.conditions, when the CRD has a status subresource.
/// </summary>
internal static class StatusPatchBuilder
{
    public static JsonObject? Build(ObjectStatus status, ServedKind kind, KubeObject current, string controllerName, DateTimeOffset now)
    {
        if (!kind.HasStatus)
        {
            return null;
        }

        var existing = KubeJsonPath.Get(current.Json, "status");
        var desired = new JsonObject();
        switch (kind.Family, kind.Resource.Kind)
        {
            case (KindFamily.GatewayApi, "GatewayClass" or "Gateway"):
                desired["conditions"] = ConditionJson.Build(status.Conditions, Field(existing, "conditions"), now);
                if (kind.Resource.Kind == "Gateway")
                {
                    desired["listeners"] = Listeners(status, Field(existing, "listeners"), now);
                    AddIfAny(desired, existing, "addresses", status.Addresses, a => new JsonObject { ["type"] = a.Type, ["value"] = a.Value });
                }

                break;
            case (KindFamily.GatewayApi, "TCPRoute" or "TLSRoute"):
                desired["parents"] = Parents(status, Field(existing, "parents"), controllerName, now);
                break;
            case (KindFamily.GatewayApi, _):
                return null;
            default:
                desired["conditions"] = ConditionJson.Build(status.Conditions, Field(existing, "conditions"), now);
                if (status.Object.Kind is "TCPIngress" or "IngressRouteTCP")
                {
                    AddLoadBalancer(desired, existing, status.Addresses);
                }

                break;
        }

        var unchanged = desired.All(p => JsonNode.DeepEquals(p.Value, Field(existing, p.Key) is { } e ? JsonNode.Parse(e.GetRawText()) : null));
        return unchanged ? null : desired;
    }

    /// <summary>Written when there are addresses, or to clear ones written before; absent otherwise (folder mode,
    /// or no --publish-service), so objects never served with an address do not gain an empty field.</summary>
    private static void AddIfAny(JsonObject desired, JsonElement? existing, string field, IEnumerable<StatusAddress> addresses, Func<StatusAddress, JsonNode> entry)
    {
        var list = addresses.ToList();
        if (list.Count > 0 || Field(existing, field) is not null)
        {
            desired[field] = new JsonArray([.. list.Select(entry)]);
        }
    }

    /// <summary>status.loadBalancer.ingress, as core/v1 Service and Kong write it: an ip or a hostname per entry.</summary>
    private static void AddLoadBalancer(JsonObject desired, JsonElement? existing, ImmutableArray<StatusAddress> addresses)
    {
        var loadBalancer = new JsonObject();
        AddIfAny(loadBalancer, Field(existing, "loadBalancer"), "ingress", addresses, a => new JsonObject { [a.Type == StatusAddress.IPAddressType ? "ip" : "hostname"] = a.Value });
        if (loadBalancer.Count > 0)
        {
            desired["loadBalancer"] = loadBalancer;
        }
    }

    private static JsonArray Listeners(ObjectStatus status, JsonElement? existing, DateTimeOffset now)
    {
        var array = new JsonArray();
        foreach (var l in status.Listeners)
        {
            var previous = Items(existing).FirstOrDefault(e => KubeJsonPath.Str(e, "name") == l.Name);
            array.Add(new JsonObject
            {
                ["name"] = l.Name,
                ["supportedKinds"] = new JsonArray([.. l.SupportedKinds.Select(k => (JsonNode)new JsonObject { ["group"] = k.Group, ["kind"] = k.Kind })]),
                ["attachedRoutes"] = l.AttachedRoutes,
                ["conditions"] = ConditionJson.Build(l.Conditions, Field(previous, "conditions"), now),
            });
        }

        return array;
    }

    private static JsonArray Parents(ObjectStatus status, JsonElement? existing, string controllerName, DateTimeOffset now)
    {
        var array = new JsonArray();
        foreach (var other in Items(existing).Where(e => KubeJsonPath.Str(e, "controllerName") != controllerName))
        {
            array.Add(JsonNode.Parse(other.GetRawText()));
        }

        var ours = Items(existing).Where(e => KubeJsonPath.Str(e, "controllerName") == controllerName).ToList();
        foreach (var p in status.Parents)
        {
            var parentRef = ParentRef(p.ParentRef);
            var previous = ours.FirstOrDefault(e => KubeJsonPath.Get(e, "parentRef") is { } r && JsonNode.DeepEquals(JsonNode.Parse(r.GetRawText()), parentRef));
            array.Add(new JsonObject
            {
                ["parentRef"] = parentRef,
                ["controllerName"] = p.ControllerName,
                ["conditions"] = ConditionJson.Build(p.Conditions, Field(previous, "conditions"), now),
            });
        }

        return array;
    }

    private static JsonObject ParentRef(ParentReference r)
    {
        // group and kind are written with their CRD defaults, so what the server stores equals what we compare.
        var node = new JsonObject
        {
            ["group"] = r.Group ?? "gateway.networking.k8s.io",
            ["kind"] = r.Kind ?? "Gateway",
        };

        if (r.Namespace is not null)
        {
            node["namespace"] = r.Namespace;
        }

        node["name"] = r.Name;
        if (r.SectionName is not null)
        {
            node["sectionName"] = r.SectionName;
        }

        if (r.Port is { } port)
        {
            node["port"] = port;
        }

        return node;
    }

    private static JsonElement? Field(JsonElement? e, string name) => e is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var v) ? v : null;

    private static IEnumerable<JsonElement> Items(JsonElement? array) =>
        array is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray() : [];
}
