using System.Collections.Immutable;
using System.Net;
using System.Text.Json;
using TcpRouting.Translation.Core;
using TcpRouting.Translation.Manifests;
using YamlDotNet.Core;

namespace TcpRouting.Translation.Config;

/// <summary>
/// Parses the static config file (`--config FILE`), a subset of Traefik's static configuration: entryPoints
/// (address, proxyProtocol, transport.respondingTimeouts.idleTimeout, transport.lifeCycle.graceTimeOut, plus our
/// peekTimeout and maxClientHelloBytes) and providers.kubernetesCRD.allowCrossNamespace. Keys are matched
/// case-insensitively, as Traefik's loader does.
/// </summary>
public static class StaticConfigParser
{
    /// <param name="errors">One message per problem, naming the entry point and field; empty when valid.</param>
    public static StaticConfig Parse(string yaml, string fileName, out IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var problems = new List<string>();
        errors = problems;
        JsonElement root;
        try
        {
            var stream = YamlLimits.Load(yaml);
            if (stream.Documents.Count == 0)
            {
                return StaticConfig.Empty;
            }

            root = YamlToJson.Convert(stream.Documents[0].RootNode);
        }
        catch (YamlException e)
        {
            problems.Add($"{fileName}:{e.Start.Line}: invalid YAML: {e.Message}");
            return StaticConfig.Empty;
        }

        if (root.ValueKind == JsonValueKind.Null)
        {
            return StaticConfig.Empty;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{fileName}: expected a mapping with entryPoints");
            return StaticConfig.Empty;
        }

        var entryPoints = ImmutableArray.CreateBuilder<EntryPointConfig>();
        var eps = Get(root, "entryPoints");
        if (eps.ValueKind == JsonValueKind.Object)
        {
            foreach (var ep in eps.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                var reader = new FieldReader(fileName, $"entryPoints.{ep.Name}", problems);
                if (ReadEntryPoint(ep.Name, ep.Value, reader) is { } config)
                {
                    entryPoints.Add(config);
                }
            }
        }
        else if (eps.ValueKind != JsonValueKind.Undefined && eps.ValueKind != JsonValueKind.Null)
        {
            problems.Add($"{fileName}: entryPoints: expected a mapping of entry point names");
        }

        problems.AddRange(EntryPointOverlaps.Find(entryPoints).Select(p => $"{fileName}: {p}"));

        var crd = Get(Get(root, "providers"), "kubernetesCRD");
        var allowCross = new FieldReader(fileName, "providers.kubernetesCRD", problems).Bool(crd, "allowCrossNamespace") ?? false;
        var allowExternalName = new FieldReader(fileName, "providers.kubernetesCRD", problems).Bool(crd, "allowExternalNameServices") ?? false;
        return new StaticConfig(entryPoints.ToImmutable()) { AllowCrossNamespace = allowCross, AllowExternalNameServices = allowExternalName };
    }

    private static EntryPointConfig? ReadEntryPoint(string name, JsonElement ep, FieldReader r)
    {
        if (ep.ValueKind != JsonValueKind.Object)
        {
            r.Problem("", "expected a mapping with an address");
            return null;
        }

        var address = Get(ep, "address");
        if (address.ValueKind != JsonValueKind.String)
        {
            r.Problem("address", "is required, e.g. \":5432\"");
            return null;
        }

        if (!EntryPointAddress.TryParse(address.GetString(), out _, out var addressError))
        {
            r.Problem("address", addressError!);
            return null;
        }

        var d = ListenerOptions.Default;
        var proxyProtocol = Get(ep, "proxyProtocol");
        var trusted = ImmutableArray.CreateBuilder<IPNetwork>();
        var ips = Get(proxyProtocol, "trustedIPs");
        if (ips.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var ip in ips.EnumerateArray())
            {
                if (Cidr.TryParse(ip.ValueKind == JsonValueKind.String ? ip.GetString() : ip.GetRawText(), out var network, out var error))
                {
                    trusted.Add(network);
                }
                else
                {
                    r.Problem($"proxyProtocol.trustedIPs[{i}]", error!);
                }

                i++;
            }
        }
        else if (ips.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null))
        {
            r.Problem("proxyProtocol.trustedIPs", "expected a list of IP addresses or CIDRs");
        }

        var transport = Get(ep, "transport");
        var options = new ListenerOptions(
            trusted.ToImmutable(),
            r.Bool(proxyProtocol, "insecure", "proxyProtocol.") ?? false,
            r.Duration(ep, "peekTimeout", "") ?? d.PeekTimeout,
            r.Duration(Get(transport, "respondingTimeouts"), "idleTimeout", "transport.respondingTimeouts.") ?? d.IdleTimeout,
            r.PositiveInt(ep, "maxClientHelloBytes") ?? d.MaxClientHelloBytes,
            r.Duration(Get(transport, "lifeCycle"), "graceTimeOut", "transport.lifeCycle.") ?? d.GracePeriod);
        return new EntryPointConfig(name, address.GetString()!, options);
    }

    internal static JsonElement Get(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            return default;
        }

        foreach (var p in e.EnumerateObject())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return p.Value;
            }
        }

        return default;
    }
}
