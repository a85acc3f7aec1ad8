using System.Net;
using System.Text;
using TcpRouting.Model;

namespace TcpRouting.Proxy.Tests.Health;

/// <summary>Health checks and checked backends for tests: 1s interval, 2s timeout, rise and fall 1.</summary>
internal static class Checks
{
    public static HealthCheck Tcp(string send = "", string expect = "") => HealthCheck.Default with
    {
        Interval = TimeSpan.FromSeconds(1),
        UnhealthyInterval = TimeSpan.FromSeconds(1),
        Timeout = TimeSpan.FromSeconds(2),
        SendHex = Convert.ToHexStringLower(Encoding.ASCII.GetBytes(send)),
        ExpectHex = Convert.ToHexStringLower(Encoding.ASCII.GetBytes(expect)),
    };

    public static HealthCheck Http(string path = "/primary", int status = 200) => Tcp() with { Http = new HttpHealthCheck(path, status, null) };

    public static Backend Checked(string id, HealthCheck check, params IPEndPoint[] endpoints) =>
        Support.Tables.Backend(id, endpoints) with { HealthCheck = check };
}
