using System.Text.Json.Nodes;

namespace TcpRouting.Translation.Exposure;

/// <summary>The apply configuration of a <see cref="ServiceApply"/>: only the fields we declare.</summary>
public static class ServiceApplyJson
{
    public static JsonObject Build(ServiceApply service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var metadata = new JsonObject { ["name"] = service.Name, ["namespace"] = service.Namespace };
        if (!service.Labels.IsEmpty)
        {
            metadata["labels"] = Map(service.Labels);
        }

        if (!service.Annotations.IsEmpty)
        {
            metadata["annotations"] = Map(service.Annotations);
        }

        if (service.Owner is { } owner)
        {
            metadata["ownerReferences"] = new JsonArray(new JsonObject
            {
                ["apiVersion"] = owner.ApiVersion,
                ["kind"] = owner.Kind,
                ["name"] = owner.Name,
                ["uid"] = owner.Uid,
                ["controller"] = true,
            });
        }

        var spec = new JsonObject();
        if (service.Type is { } type)
        {
            spec["type"] = type;
        }

        if (service.Selector is { } selector)
        {
            spec["selector"] = Map(selector);
        }

        if (!service.Ports.IsEmpty)
        {
            spec["ports"] = new JsonArray([.. service.Ports.Select(p => (JsonNode)new JsonObject
            {
                ["name"] = p.Name,
                ["port"] = p.Port,
                ["targetPort"] = p.Port,
                ["protocol"] = "TCP",
            })]);
        }

        if (service.LoadBalancerIp is { } ip)
        {
            spec["loadBalancerIP"] = ip;
        }

        if (!service.ExternalIps.IsDefaultOrEmpty)
        {
            spec["externalIPs"] = new JsonArray([.. service.ExternalIps.Select(i => (JsonNode)JsonValue.Create(i))]);
        }

        var body = new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Service", ["metadata"] = metadata };
        if (spec.Count > 0)
        {
            body["spec"] = spec;
        }

        return body;
    }

    private static JsonObject Map(IEnumerable<KeyValuePair<string, string>> map) => new([.. map.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value)))]);
}
