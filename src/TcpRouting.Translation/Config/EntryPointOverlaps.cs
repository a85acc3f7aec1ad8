using System.Net;
using System.Net.Sockets;
using TcpRouting.Translation.Core;

namespace TcpRouting.Translation.Config;

/// <summary>
/// Two entry points on one address cannot both bind: the second would stay deaf while the process looked healthy
/// (issue 12, finding 8). ":5432" (every IPv4 interface) also takes "127.0.0.1:5432", and "[::]:5432" (dual stack)
/// takes every address on that port.
/// </summary>
internal static class EntryPointOverlaps
{
    /// <returns>One message per entry point that collides with an earlier one (in name order), naming both.</returns>
    public static IEnumerable<string> Find(IReadOnlyList<EntryPointConfig> entryPoints)
    {
        var parsed = new List<(string Name, string Address, IPEndPoint EndPoint)>();
        foreach (var entryPoint in entryPoints)
        {
            if (!EntryPointAddress.TryParse(entryPoint.Address, out var endPoint, out _))
            {
                continue; // reported where the address is read
            }

            foreach (var earlier in parsed.Where(e => Overlap(e.EndPoint, endPoint)))
            {
                yield return $"entryPoints.{entryPoint.Name}.address: \"{entryPoint.Address}\" takes the same address as entry point {earlier.Name} (\"{earlier.Address}\"); only one can bind it";
            }

            parsed.Add((entryPoint.Name, entryPoint.Address, endPoint));
        }
    }

    private static bool Overlap(IPEndPoint a, IPEndPoint b) =>
        a.Port == b.Port && (a.Address.Equals(b.Address) || Covers(a.Address, b.Address) || Covers(b.Address, a.Address));

    private static bool Covers(IPAddress wildcard, IPAddress other) =>
        wildcard.Equals(IPAddress.IPv6Any) || (wildcard.Equals(IPAddress.Any) && other.AddressFamily == AddressFamily.InterNetwork);
}
