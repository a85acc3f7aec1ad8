using FluentAssertions;
using TcpRouting.Translation.Config;
using TcpRouting.Translation.Manifests;

namespace TcpRouting.Translation.Tests.Config;

/// <summary>Fuzzing (issue 12): a duration over 49.7 days was accepted, then every connection's deadline threw.</summary>
public sealed class DurationLimitTests
{
    [Fact]
    public void A_servers_transport_dial_timeout_longer_than_a_timer_can_wait_is_refused_on_its_field()
    {
        var objects = ManifestReader.Read(TestFiles.Read("TestData/Fuzz/dial-timeout-beyond-timers.yaml"), "dial.yaml").Objects;

        var result = Translator.Translate(ResourceSnapshot.Of(objects));

        result.Statuses.Single(s => s.Object.Kind == "ServersTransportTCP").Problems.Should().ContainSingle(p => p.Field == "spec.dialTimeout");
    }
}
