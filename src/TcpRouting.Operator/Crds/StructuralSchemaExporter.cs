using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using TcpRouting.Translation;

namespace TcpRouting.Operator.Crds;

/// <summary>
/// A C# type to a Kubernetes structural schema: JsonSchemaExporter writes JSON Schema, then
/// <see cref="StructuralSchema"/> rewrites what the API server refuses ($ref, type unions).
/// https://kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/#specifying-a-structural-schema
/// </summary>
internal static class StructuralSchemaExporter
{
    // The options the translators read objects with, except: nullable annotations count (so `string?` is
    // optional and `string` is not), and numbers are numbers (reading "5432" as 5432 is a courtesy of the
    // reader, not something the schema should advertise).
    private static readonly JsonSerializerOptions Options = CreateOptions();

    private static readonly JsonSchemaExporterOptions ExporterOptions = new()
    {
        TreatNullObliviousAsNonNullable = true,
        TransformSchemaNode = SchemaAnnotations.Apply,
    };

    public static JsonObject Export(Type type)
    {
        var schema = StructuralSchema.From(Options.GetJsonSchemaAsNode(type, ExporterOptions));
        schema.Remove("nullable");
        return schema;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(KubeJson.Options)
        {
            RespectNullableAnnotations = true,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.TypeInfoResolver ??= new DefaultJsonTypeInfoResolver();
        options.MakeReadOnly();
        return options;
    }
}
