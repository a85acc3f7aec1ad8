using System.Text.Json;
using ModelContextProtocol;
using TcpRouting.Kubernetes.Client;
using TcpRouting.Operator.Management.Model;

namespace TcpRouting.Operator.Management.Mcp;

/// <summary>Reading tool arguments the way the Traefik MCP server took them, and turning failures into tool errors.</summary>
internal static class McpInputs
{
    /// <summary>A failure the agent can act on: the SDK passes an McpException's message on as the tool's error result.</summary>
    public static async Task<string> RunAsync(Func<Task<string>> tool)
    {
        try
        {
            return await tool().ConfigureAwait(false);
        }
        catch (Exception e) when (e is ManagementException or KubeApiException or HttpRequestException or IOException)
        {
            throw new McpException(e.Message, e);
        }
    }

    public static string Required(string? value, string parameter) =>
        string.IsNullOrWhiteSpace(value) ? throw new ManagementException($"{parameter} is required") : value.Trim();

    /// <summary>create (a second create replaces the whole spec) or delete.</summary>
    public static bool IsCreate(string? action) => (action ?? "create").Trim().ToLowerInvariant() switch
    {
        "create" => true,
        "delete" => false,
        _ => throw new ManagementException($"action: \"{action}\" is not one of create, delete"),
    };

    /// <summary>A JSON array string ('["10.0.0.0/8", "10.0.0.1"]', as the seed passes source_ranges) or a comma-separated list.</summary>
    public static IReadOnlyList<string> List(string? text, string parameter)
    {
        var value = (text ?? string.Empty).Trim();
        if (value.Length == 0)
        {
            return [];
        }

        if (!value.StartsWith('['))
        {
            return [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }

        try
        {
            return JsonSerializer.Deserialize<string[]>(value) ?? [];
        }
        catch (JsonException e)
        {
            throw new ManagementException($"{parameter}: not a JSON array of strings ({e.Message})");
        }
    }

    /// <summary>The Traefik MCP parameter names for our request fields.</summary>
    public static Func<string, string> Labels(string nameParameter) => field => field switch
    {
        "name" => nameParameter,
        "service" => "service_name",
        "port" => "service_port",
        "entryPoints" => "entry_points",
        "sni" => "sni_match",
        "sourceRanges" => "source_ranges",
        "gateway" => "gateway_name",
        "section" => "section_name",
        "listenPort" => "listen_port",
        _ => field,
    };

    /// <summary>Without service_name, the route name less a trailing "-route" (redis-route goes to Service redis), as in seed 002 scenario C.</summary>
    public static string ServiceFor(string? service, string routeName) =>
        !string.IsNullOrWhiteSpace(service) ? service.Trim()
        : routeName.EndsWith("-route", StringComparison.Ordinal) && routeName.Length > "-route".Length ? routeName[..^"-route".Length]
        : routeName;
}
