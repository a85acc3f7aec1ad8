using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TcpRouting.Translation.Status;

namespace TcpRouting.Translation.Output;

/// <summary>
/// The json of `tcprouting routes -o json` and the admin /api/routes: `listeners` (name, address, routes with id,
/// source, match, priority, tls, middlewares, backends [name, weight, endpoints]) and `statuses`. Indented with
/// "\n" line ends and a fixed field order, so the same result always gives the same bytes (golden files).
/// </summary>
public static class RouteTableJson
{
    public static string Write(TranslationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("listeners");
            foreach (var listener in result.Table.Listeners)
            {
                w.WriteStartObject();
                w.WriteString("name", listener.Name);
                w.WriteString("address", listener.Address);
                w.WriteStartArray("routes");
                foreach (var route in listener.Routes)
                {
                    RouteJson.Write(w, route);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("statuses");
            foreach (var status in result.Statuses)
            {
                WriteStatus(w, status);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void WriteStatus(Utf8JsonWriter w, ObjectStatus status)
    {
        w.WriteStartObject();
        w.WriteString("kind", status.Object.Kind);
        w.WriteString("namespace", status.Object.Namespace);
        w.WriteString("name", status.Object.Name);
        WriteConditions(w, status.Conditions);
        w.WriteStartArray("problems");
        foreach (var problem in status.Problems.IsDefault ? [] : status.Problems)
        {
            w.WriteStartObject();
            w.WriteString("field", problem.Field);
            w.WriteString("message", problem.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (!status.Listeners.IsDefaultOrEmpty)
        {
            w.WriteStartArray("listeners");
            foreach (var l in status.Listeners)
            {
                w.WriteStartObject();
                w.WriteString("name", l.Name);
                w.WriteNumber("attachedRoutes", l.AttachedRoutes);
                w.WriteStartArray("supportedKinds");
                foreach (var k in l.SupportedKinds.IsDefault ? [] : l.SupportedKinds)
                {
                    w.WriteStartObject();
                    w.WriteString("group", k.Group);
                    w.WriteString("kind", k.Kind);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                WriteConditions(w, l.Conditions);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (!status.Parents.IsDefaultOrEmpty)
        {
            w.WriteStartArray("parents");
            foreach (var p in status.Parents)
            {
                w.WriteStartObject();
                w.WriteStartObject("parentRef");
                WriteOptional(w, "group", p.ParentRef.Group);
                WriteOptional(w, "kind", p.ParentRef.Kind);
                WriteOptional(w, "namespace", p.ParentRef.Namespace);
                w.WriteString("name", p.ParentRef.Name);
                WriteOptional(w, "sectionName", p.ParentRef.SectionName);
                if (p.ParentRef.Port is { } port)
                {
                    w.WriteNumber("port", port);
                }

                w.WriteEndObject();
                w.WriteString("controllerName", p.ControllerName);
                WriteConditions(w, p.Conditions);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteConditions(Utf8JsonWriter w, System.Collections.Immutable.ImmutableArray<Condition> conditions)
    {
        w.WriteStartArray("conditions");
        foreach (var c in conditions.IsDefault ? [] : conditions)
        {
            w.WriteStartObject();
            w.WriteString("type", c.Type);
            w.WriteString("status", c.Status);
            w.WriteString("reason", c.Reason);
            w.WriteString("message", c.Message);
            w.WriteNumber("observedGeneration", c.ObservedGeneration);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    internal static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
