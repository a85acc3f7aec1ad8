using System.Text.Json;
using TcpRouting.Translation.Manifests;
using TcpRouting.Translation.Traefik.Resources;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TcpRouting.Translation.Core;

/// <summary>
/// The health check a Service asks for in its annotation, so routes of any kind (Gateway API, Kong, ngrok, and
/// IngressRouteTCP services without their own healthCheck) check its endpoints. The value is a small YAML or JSON
/// object with the fields of an IngressRouteTCP service's healthCheck, e.g. <c>{port: 8008, http: {path: /primary}}</c>.
/// </summary>
public static class ServiceHealthAnnotation
{
    public const string Key = "tcprouting.io/health-check";

    /// <summary>The field name in problems, as a user would look for it.</summary>
    public const string Field = "metadata.annotations[\"" + Key + "\"]";

    /// <returns>The spec, or null with <paramref name="error"/> saying why (null both when there is no annotation).</returns>
    public static ServerHealthCheck? Read(KubeObject service, out string? error)
    {
        ArgumentNullException.ThrowIfNull(service);
        error = null;
        return service.Annotation(Key) is { } text ? Parse(text, out error) : null;
    }

    /// <summary>The annotation's value (also `generate --health-check`): one YAML or JSON object.</summary>
    /// <returns>The spec, or null with <paramref name="error"/> saying why.</returns>
    public static ServerHealthCheck? Parse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        error = null;
        try
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(text));
            if (yaml.Documents.Count != 1 || yaml.Documents[0].RootNode is not YamlMappingNode root)
            {
                error = "must be one YAML or JSON object, e.g. {port: 8008, http: {path: /primary}}";
                return null;
            }

            return YamlToJson.Convert(root).Deserialize<ServerHealthCheck>(KubeJson.Options);
        }
        catch (Exception e) when (e is YamlException or JsonException)
        {
            var message = e.Message;
            var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            error = $"cannot be read: {(cut > 0 ? message[..cut] : message).Replace(typeof(ServerHealthCheck).Namespace + ".", string.Empty, StringComparison.Ordinal)}";
            return null;
        }
    }
}
