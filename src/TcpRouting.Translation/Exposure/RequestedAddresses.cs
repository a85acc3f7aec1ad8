using System.Collections.Immutable;
using System.Text.Json;
using TcpRouting.Translation.Core;

namespace TcpRouting.Translation.Exposure;

/// <summary>A Gateway's spec.addresses split by type (the type defaults to IPAddress, as the spec says).</summary>
internal sealed record RequestedAddresses(ImmutableArray<string> Ips, ImmutableArray<string> Hostnames, ImmutableArray<string> Unsupported)
{
    public static RequestedAddresses Of(KubeObject gateway)
    {
        var spec = KubeJsonRead.Object(gateway.Json, "spec");
        var ips = ImmutableArray.CreateBuilder<string>();
        var hostnames = ImmutableArray.CreateBuilder<string>();
        var unsupported = ImmutableArray.CreateBuilder<string>();
        if (spec.ValueKind == JsonValueKind.Object && spec.TryGetProperty("addresses", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in list.EnumerateArray())
            {
                var type = KubeJsonRead.String(a, "type") ?? "IPAddress";
                var value = KubeJsonRead.String(a, "value") ?? string.Empty;
                switch (type)
                {
                    case "IPAddress" when value.Length == 0:
                        break; // no value asks the implementation to pick one: the Service's own address

                    case "IPAddress" when System.Net.IPAddress.TryParse(value, out _):
                        ips.Add(value);
                        break;
                    case "Hostname" when value.Length > 0:
                        hostnames.Add(value);
                        break;
                    default:
                        unsupported.Add($"{type} {value}".Trim());
                        break;
                }
            }
        }

        return new RequestedAddresses(ips.ToImmutable(), hostnames.ToImmutable(), unsupported.ToImmutable());
    }
}
