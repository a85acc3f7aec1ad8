using FluentAssertions;
using TcpRouting.Translation.Gateway;
using static TcpRouting.Translation.Tests.Gateway.K8s;

namespace TcpRouting.Translation.Tests.Gateway;

public sealed class BindFailureStatusTests
{
    private static TranslationResult Translate() => Translator.Translate(ResourceSnapshot.Of([
        GatewayClass("ours", TranslationSettings.DefaultGatewayControllerName),
        GatewayOf("default", "gw", Tcp("free", 9000), Tcp("taken", 9001)),
    ]));

    private static Status.ObjectStatus GatewayStatus(TranslationResult result) => result.Statuses.Single(s => s.Object.Kind == "Gateway");

    [Fact]
    public void A_listener_that_cannot_bind_is_not_programmed_and_says_why()
    {
        var result = BindFailures.Apply(Translate(), new Dictionary<string, string> { ["gateway/default/gw/taken"] = "0.0.0.0:9001: address already in use" });

        var gateway = GatewayStatus(result);
        var taken = gateway.Listeners.Single(l => l.Name == "taken").Conditions.Single(c => c.Type == "Programmed");
        taken.Status.Should().Be("False");
        taken.Reason.Should().Be("Pending");
        taken.Message.Should().Contain("address already in use");
        gateway.Listeners.Single(l => l.Name == "free").Conditions.Single(c => c.Type == "Programmed").Status.Should().Be("True");
        gateway.Conditions.Single(c => c.Type == "Programmed").Status.Should().Be("True", "one listener is still programmed");
    }

    [Fact]
    public void A_gateway_none_of_whose_listeners_bind_is_not_programmed()
    {
        var result = BindFailures.Apply(Translate(), new Dictionary<string, string>
        {
            ["gateway/default/gw/taken"] = "in use",
            ["gateway/default/gw/free"] = "in use",
        });

        var programmed = GatewayStatus(result).Conditions.Single(c => c.Type == "Programmed");
        programmed.Status.Should().Be("False");
        programmed.Reason.Should().Be("Pending");
    }

    [Fact]
    public void Nothing_unbound_leaves_the_result_as_it_was()
    {
        var result = Translate();

        BindFailures.Apply(result, new Dictionary<string, string>()).Should().BeSameAs(result);
    }
}
