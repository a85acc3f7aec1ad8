using System.Text.Json.Nodes;

namespace TcpRouting.Operator.Crds;

/// <summary>Builds the apiextensions.k8s.io/v1 CustomResourceDefinition object for one catalog entry.</summary>
internal static class CrdBuilder
{
    public static JsonObject Build(CrdDefinition crd)
    {
        var metadata = new JsonObject { ["name"] = crd.Name };
        metadata["annotations"] = new JsonObject { ["tcprouting.dev/generated-by"] = "tcprouting crds" };

        var names = new JsonObject
        {
            ["kind"] = crd.Kind,
            ["listKind"] = crd.Kind + "List",
            ["plural"] = crd.Plural,
            ["singular"] = crd.Singular,
        };
        if (!crd.ShortNames.IsEmpty)
        {
            names["shortNames"] = new JsonArray([.. crd.ShortNames.Select(s => JsonValue.Create(s))]);
        }

        if (!crd.Categories.IsEmpty)
        {
            names["categories"] = new JsonArray([.. crd.Categories.Select(s => JsonValue.Create(s))]);
        }

        var schema = Schema(crd);
        return new JsonObject
        {
            ["apiVersion"] = "apiextensions.k8s.io/v1",
            ["kind"] = "CustomResourceDefinition",
            ["metadata"] = metadata,
            ["spec"] = new JsonObject
            {
                ["group"] = crd.Group,
                ["names"] = names,
                ["scope"] = crd.ClusterScoped ? "Cluster" : "Namespaced",
                ["versions"] = new JsonArray([.. crd.Versions.Select(v => Version(crd, v, schema))]),
            },
        };
    }

    private static JsonObject Version(CrdDefinition crd, CrdVersion version, JsonObject schema)
    {
        var result = new JsonObject();
        if (!crd.Columns.IsEmpty)
        {
            result["additionalPrinterColumns"] = new JsonArray([.. crd.Columns.Select(Column)]);
        }

        if (version.DeprecationWarning is not null)
        {
            result["deprecated"] = true;
            result["deprecationWarning"] = version.DeprecationWarning;
        }

        result["name"] = version.Name;
        result["schema"] = new JsonObject { ["openAPIV3Schema"] = schema.DeepClone() };
        result["served"] = true;
        result["storage"] = version.Storage;
        if (crd.StatusType is not null)
        {
            result["subresources"] = new JsonObject { ["status"] = new JsonObject() };
        }

        return result;
    }

    private static JsonObject Column(PrinterColumn column)
    {
        var result = new JsonObject { ["jsonPath"] = column.JsonPath, ["name"] = column.Name, ["type"] = column.Type };
        if (column.Description is not null)
        {
            result["description"] = column.Description;
        }

        if (column.Priority != 0)
        {
            result["priority"] = column.Priority;
        }

        return result;
    }

    private static JsonObject Schema(CrdDefinition crd)
    {
        var properties = new JsonObject
        {
            ["apiVersion"] = new JsonObject { ["description"] = "Group and version of this object, e.g. traefik.io/v1alpha1.", ["type"] = "string" },
            ["kind"] = new JsonObject { ["description"] = "The object kind, e.g. IngressRouteTCP.", ["type"] = "string" },
            ["metadata"] = new JsonObject { ["type"] = "object" },
            ["spec"] = StructuralSchemaExporter.Export(crd.SpecType),
        };
        if (crd.StatusType is not null)
        {
            properties["status"] = StructuralSchemaExporter.Export(crd.StatusType);
        }

        return new JsonObject
        {
            ["description"] = crd.Description,
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray("spec"),
        };
    }
}
