using System.Net;
using FluentAssertions;
using TcpRouting.EndToEnd.Tests.Harness;
using TcpRouting.Testing.Network;
using TcpRouting.Testing.Peers;
using static TcpRouting.EndToEnd.Tests.Harness.Manifests;

namespace TcpRouting.EndToEnd.Tests.Health;

/// <summary>
/// The Patroni case end to end: two real PostgreSQL instances ("hosts" 127.0.0.2 and 127.0.0.3), each with a REST API
/// beside it that answers GET /primary with 200 only on the leader, one Service annotated with the check, and
/// `tcprouting run` in front. psql gets the primary; after a switchover every new connection gets the new one.
/// </summary>
public sealed class PatroniPrimaryTests
{
    private static readonly IPAddress HostA = IPAddress.Parse("127.0.0.2");
    private static readonly IPAddress HostB = IPAddress.Parse("127.0.0.3");

    [Fact]
    public async Task New_connections_follow_the_primary_through_a_switchover()
    {
        using var scratch = new TempDirectory("health-e2e");
        using var ca = new TestCertificateAuthority(scratch.Combine("pki"));
        var certificate = ca.Issue("pg", "pg.health.test");
        var apiPort = FreeTcpPort.Next();
        await using var apiA = new HttpStatusServer(new IPEndPoint(HostA, apiPort), 200);
        await using var apiB = new HttpStatusServer(new IPEndPoint(HostB, apiPort), 503);
        var startA = PostgresPeer.StartAsync(certificate, "app", "alpha", $"127.0.0.1,{HostA}");
        var startB = PostgresPeer.StartAsync(certificate, "app", "beta", $"127.0.0.1,{HostB}");
        await using var pgA = await startA;
        await using var pgB = await startB;
        var check = $"{{port: {apiPort}, http: {{path: /primary}}, interval: 300ms, timeout: 1s}}";
        await using var proxy = await TcpRoutingProcess.StartAsync([new EntryPoint("pg", FreeTcpPort.Next())], new Dictionary<string, string>
        {
            ["pg.yaml"] = string.Join("---\n", Cluster(check, (HostA, pgA.Port), (HostB, pgB.Port)), IngressRouteTcp("pg", "pg", CatchAll, null, new WeightedService("pg", 5432))),
        });

        await Eventually.Async(async () => (await proxy.GetAsync("/api/routes")).Contains("1/2 endpoints pass their health check"), TimeSpan.FromSeconds(30), "alpha is known as the primary");
        (await MarkersAsync(proxy, 4)).Should().AllBe("alpha");

        apiA.Status = 503; // switchover: beta becomes the leader
        apiB.Status = 200;
        await Eventually.Async(async () => (await MarkersAsync(proxy, 1)).Single() == "beta", TimeSpan.FromSeconds(30), "new connections reach beta");

        (await MarkersAsync(proxy, 6)).Should().AllBe("beta", "no new connection goes to the old primary once it is marked down");
        apiA.Requests.Should().AllBe("GET /primary HTTP/1.1");
        var status = await proxy.GetAsync("/api/routes");
        status.Should().Contain("EndpointsHealthy").And.Contain("1/2 endpoints pass their health check");
    }

    [Fact]
    public async Task When_no_instance_is_primary_new_connections_are_refused_and_the_status_says_so()
    {
        using var scratch = new TempDirectory("health-e2e");
        var apiPort = FreeTcpPort.Next();
        await using var apiA = new HttpStatusServer(new IPEndPoint(HostA, apiPort), 503);
        await using var echo = new TcpEchoServer();
        var check = $"{{port: {apiPort}, http: {{path: /primary}}, interval: 300ms}}";
        await using var proxy = await TcpRoutingProcess.StartAsync([new EntryPoint("pg", FreeTcpPort.Next())], new Dictionary<string, string>
        {
            ["pg.yaml"] = string.Join("---\n", Cluster(check, (HostA, echo.Port)), IngressRouteTcp("pg", "pg", CatchAll, null, new WeightedService("pg", 5432))),
        });

        await Eventually.Async(async () => (await proxy.GetAsync("/api/routes")).Contains("new connections are refused (fail closed)"), TimeSpan.FromSeconds(30), "the status says it fails closed");
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, proxy.Port("pg"), TestContext.Current.CancellationToken);
        var stream = client.GetStream();
        var read = await stream.ReadAsync(new byte[16], TestContext.Current.CancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);
        read.Should().Be(0, "a refused connection is closed without an answer");
        echo.Accepted.Should().Be(0);
    }

    /// <summary>The Service "pg" with the check annotation, and an EndpointSlice per instance (address, port).</summary>
    private static string Cluster(string check, params (IPAddress Host, int Port)[] instances) =>
        $"""
        apiVersion: v1
        kind: Service
        metadata:
          name: pg
          namespace: default
          annotations:
            tcprouting.io/health-check: "{check}"
        spec:
          ports:
            - name: tcp
              port: 5432

        """ + string.Concat(instances.Select((instance, i) => $"""
        ---
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: pg-{i}
          namespace: default
          labels:
            kubernetes.io/service-name: pg
        addressType: IPv4
        endpoints:
          - addresses: ["{instance.Host}"]
        ports:
          - name: tcp
            port: {instance.Port}

        """));

    private static async Task<List<string>> MarkersAsync(TcpRoutingProcess proxy, int count)
    {
        var markers = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var result = await Clients.PsqlAsync("127.0.0.1", proxy.Port("pg"), "app", "disable", null, "SELECT value FROM marker");
            markers.Add(result.ExitCode == 0 ? result.Stdout.Trim() : $"failed: {result}");
        }

        return markers;
    }
}
