using System.Diagnostics.Metrics;
using System.Net;
using FluentAssertions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TcpRouting.Model;
using TcpRouting.Proxy.Health;
using TcpRouting.Testing.Network;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Health;

/// <summary>The checker against real loopback servers; time (intervals, timeouts) is fake and driven by the test.</summary>
public sealed class HealthMonitorTests : IDisposable
{
    private readonly FakeTimeProvider _time = new();
    private readonly Meter _meter = new("health-tests");
    private readonly BackendHealthHolder _report = new();
    private readonly HealthMonitor _monitor;

    public HealthMonitorTests() => _monitor = new HealthMonitor(_time, _meter, NullLogger.Instance, _report);

    public void Dispose()
    {
        _monitor.Dispose();
        _meter.Dispose();
    }

    [Fact]
    public async Task An_http_check_follows_the_status_the_endpoint_answers()
    {
        await using var api = new HttpStatusServer(200);
        var check = Checks.Http("/primary");
        var endpoint = Endpoint(api.EndPoint);
        _monitor.Sync(Table(Listener("l", CatchAll("r", Checked("b", check, api.EndPoint)))));

        await Until(endpoint, check, EndpointStatus.Up);
        api.Requests.Should().Contain("GET /primary HTTP/1.1");
        api.Status = 503;
        await Until(endpoint, check, EndpointStatus.Down);
        api.Status = 200;
        await Until(endpoint, check, EndpointStatus.Up);
    }

    [Fact]
    public async Task Send_and_expect_pass_on_the_expected_answer_only()
    {
        await using var echo = new TcpEchoServer();
        var good = Checks.Tcp(send: "PING\r\n", expect: "PING");
        var bad = Checks.Tcp(send: "PING\r\n", expect: "PONG");
        _monitor.Sync(Table(Listener("l", CatchAll("r", Checked("good", good, echo.EndPoint), Checked("bad", bad, echo.EndPoint)))));

        await Until(Endpoint(echo.EndPoint), good, EndpointStatus.Up);
        await Until(Endpoint(echo.EndPoint), bad, EndpointStatus.Down);
    }

    [Fact]
    public async Task A_refused_connect_and_a_silent_endpoint_fail_the_check()
    {
        await using var silent = new HttpStatusServer { Silent = true };
        var refusing = FreeTcpPort.Refusing();
        var check = Checks.Http();
        _monitor.Sync(Table(Listener("l", CatchAll("r", Checked("b", check, refusing, silent.EndPoint)))));

        await Until(Endpoint(refusing), check, EndpointStatus.Down);
        await Until(Endpoint(silent.EndPoint), check, EndpointStatus.Down);
    }

    [Fact]
    public async Task A_check_port_replaces_the_endpoint_port()
    {
        await using var api = new HttpStatusServer(200);
        var check = Checks.Http() with { Port = api.Port };
        var endpoint = new IPEndPoint(IPAddress.Loopback, FreeTcpPort.Next()); // nothing listens on the endpoint's own port
        _monitor.Sync(Table(Listener("l", CatchAll("r", Checked("b", check, endpoint)))));

        await Until(Endpoint(endpoint), check, EndpointStatus.Up);
    }

    [Fact]
    public async Task Tls_checks_verify_against_the_given_roots()
    {
        var ca = TestCertificates.CreateCa();
        var leaf = TestCertificates.CreateLeaf(["db.health.test"], ca);
        await using var tls = new TlsEchoServer(leaf.Certificate);
        var trusted = Checks.Tcp("PING", "PING") with { Tls = new HealthCheckTls("db.health.test", false, ca.CertificatePem) };
        var wrongName = trusted with { Tls = new HealthCheckTls("other.health.test", false, ca.CertificatePem) };
        var insecure = trusted with { Tls = new HealthCheckTls("other.health.test", true, string.Empty) };
        _monitor.Sync(Table(Listener("l", CatchAll("r",
            Checked("trusted", trusted, tls.EndPoint), Checked("wrong", wrongName, tls.EndPoint), Checked("insecure", insecure, tls.EndPoint)))));

        await Until(Endpoint(tls.EndPoint), trusted, EndpointStatus.Up);
        await Until(Endpoint(tls.EndPoint), wrongName, EndpointStatus.Down);
        await Until(Endpoint(tls.EndPoint), insecure, EndpointStatus.Up);
    }

    [Fact]
    public async Task Admit_keeps_passing_endpoints_and_fails_closed_or_open_when_none_pass()
    {
        await using var up = new HttpStatusServer(200);
        await using var down = new HttpStatusServer(503);
        var check = Checks.Http();
        var mixed = Checked("mixed", check, up.EndPoint, down.EndPoint);
        var closed = Checked("closed", check, down.EndPoint);
        var open = Checked("open", check with { FailOpen = true }, down.EndPoint);
        _monitor.Sync(Table(Listener("l", CatchAll("r", mixed, closed, open))));

        await Until(Endpoint(up.EndPoint), check, EndpointStatus.Up);
        await Until(Endpoint(down.EndPoint), check, EndpointStatus.Down);
        await Until(Endpoint(down.EndPoint), check with { FailOpen = true }, EndpointStatus.Down);

        _monitor.Admit(mixed)!.Endpoints.Should().Equal(Endpoint(up.EndPoint));
        _monitor.Admit(closed).Should().BeNull();
        _monitor.Admit(open).Should().BeSameAs(open);
        await TcpRouting.Testing.Time.Poll.UntilAsync(() => Task.FromResult(_report.Current.Count == 3 && _report.Current["mixed"] == new BackendHealth(1, 0, 2, false)),
            "the report", TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(10), TestContext.Current.CancellationToken);
        _report.Current["closed"].Should().Be(new BackendHealth(0, 0, 1, false));
        _report.Current["open"].Should().Be(new BackendHealth(0, 0, 1, true));
    }

    [Fact]
    public async Task Endpoints_not_checked_yet_are_preferred_to_failing_ones()
    {
        await using var silent = new HttpStatusServer { Silent = true }; // its check waits on fake time, which stands still
        var refusing = FreeTcpPort.Refusing();
        var check = Checks.Http();
        var backend = Checked("b", check, refusing, silent.EndPoint);
        _monitor.Sync(Table(Listener("l", CatchAll("r", backend))));

        await TcpRouting.Testing.Time.Poll.UntilAsync(() => Task.FromResult(_monitor.StatusOf(Endpoint(refusing), check) == EndpointStatus.Down),
            "the refusing endpoint is down", TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(10), TestContext.Current.CancellationToken);

        _monitor.StatusOf(Endpoint(silent.EndPoint), check).Should().Be(EndpointStatus.Unknown);
        _monitor.Admit(backend)!.Endpoints.Should().Equal(Endpoint(silent.EndPoint));
    }

    [Fact]
    public async Task One_checker_serves_every_backend_with_the_same_endpoint_and_check_and_keeps_its_state_across_swaps()
    {
        await using var api = new HttpStatusServer(200);
        var check = Checks.Http();
        _monitor.Sync(Table(Listener("l", CatchAll("r1", Checked("a", check, api.EndPoint)), CatchAll("r2", Checked("b", check, api.EndPoint)))));
        _monitor.Count.Should().Be(1);
        await Until(Endpoint(api.EndPoint), check, EndpointStatus.Up);

        var swapped = Checked("c", check, api.EndPoint);
        _monitor.Sync(Table(Listener("l2", CatchAll("r3", swapped))));

        _monitor.Count.Should().Be(1);
        _monitor.StatusOf(Endpoint(api.EndPoint), check).Should().Be(EndpointStatus.Up, "the swap keeps the checker and what it knows");
        _monitor.Admit(swapped).Should().BeSameAs(swapped);
    }

    [Fact]
    public async Task A_check_no_table_uses_stops()
    {
        await using var api = new HttpStatusServer(200);
        var check = Checks.Http();
        _monitor.Sync(Table(Listener("l", CatchAll("r", Checked("a", check, api.EndPoint)))));
        await Until(Endpoint(api.EndPoint), check, EndpointStatus.Up);

        _monitor.Sync(Table(Listener("l", CatchAll("r", Backend("a", api.EndPoint)))));
        _monitor.Count.Should().Be(0);
        var seen = api.Accepted;
        for (var i = 0; i < 30; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        await Task.Yield();
        api.Accepted.Should().BeLessThanOrEqualTo(seen + 1, "at most a check already under way finishes");
    }

    private static BackendEndpoint Endpoint(IPEndPoint endPoint) => new(endPoint.Address.ToString(), endPoint.Port);

    private static Backend Checked(string id, HealthCheck check, params IPEndPoint[] endpoints) => Checks.Checked(id, check, endpoints);

    private Task Until(BackendEndpoint endpoint, HealthCheck check, EndpointStatus status) =>
        HealthDrive.UntilAsync(_time, () => _monitor.StatusOf(endpoint, check) == status, $"{endpoint} {check.Kind} is {status}");
}
