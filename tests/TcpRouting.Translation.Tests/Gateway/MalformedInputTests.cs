using FluentAssertions;
using static TcpRouting.Translation.Tests.Gateway.K8s;

namespace TcpRouting.Translation.Tests.Gateway;

public sealed class MalformedInputTests
{
    [Fact]
    public void A_gateway_spec_of_the_wrong_shape_is_invalid_and_names_the_field()
    {
        var run = GatewayRun.Of(Obj(new
        {
            apiVersion = $"{GatewayGroup}/v1",
            kind = "Gateway",
            metadata = Meta("default", "gw"),
            spec = new { gatewayClassName = "ours", listeners = new[] { new { name = "tls", port = 443, protocol = "TLS", tls = new { mode = "Sideways" } } } },
        }));

        var status = run.Status("Gateway", "gw");
        status.Conditions.Should("Accepted", "False", "Invalid").Message.Should().Contain("spec.listeners[0].tls.mode");
        run.Table.Listeners.Should().BeEmpty();
    }

    [Fact]
    public void A_route_spec_of_the_wrong_shape_is_a_problem_not_an_exception()
    {
        var run = GatewayRun.Of(Obj(new { apiVersion = $"{GatewayGroup}/v1alpha2", kind = "TCPRoute", metadata = Meta("default", "r"), spec = new { rules = "nope" } }));

        run.Status("TCPRoute", "r").Problems.Should().ContainSingle().Which.Message.Should().Contain("spec.rules");
    }
}
