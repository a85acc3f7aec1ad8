using FluentAssertions;
using TcpRouting.EndToEnd.Tests.Harness;
using TcpRouting.Testing.Peers;

namespace TcpRouting.EndToEnd.Tests.Protocols;

/// <summary>
/// mosquitto_pub and mosquitto_sub over TLS, routed by SNI. The clients send their -h name as SNI and
/// verify the certificate against it, so they run with a private /etc/hosts (<see cref="HostsOverride"/>).
/// </summary>
[Collection(ProxyLabCollection.Name)]
public sealed class MqttThroughProxyTests(ProxyLab lab)
{
    [Fact]
    public async Task A_retained_message_published_through_the_proxy_is_received_through_it()
    {
        var port = lab.Proxy.Port("mqtt").ToString();
        var topic = $"e2e/{Guid.NewGuid():N}";
        var message = $"hello over sni {Guid.NewGuid():N}";

        var publish = await HostsOverride.RunAsync(lab.Scratch.Path, [ProxyLab.Mqtt], ExternalProgram.Find("mosquitto_pub", "mosquitto-clients"),
            ["-h", ProxyLab.Mqtt, "-p", port, "--cafile", lab.Ca.CaPath, "-t", topic, "-m", message, "-r", "-q", "1"], TimeSpan.FromSeconds(30));
        var subscribe = await HostsOverride.RunAsync(lab.Scratch.Path, [ProxyLab.Mqtt], ExternalProgram.Find("mosquitto_sub", "mosquitto-clients"),
            ["-h", ProxyLab.Mqtt, "-p", port, "--cafile", lab.Ca.CaPath, "-t", topic, "-C", "1", "-W", "20"], TimeSpan.FromSeconds(30));

        publish.ExitCode.Should().Be(0, publish.ToString());
        subscribe.ExitCode.Should().Be(0, subscribe.ToString());
        subscribe.Stdout.Trim().Should().Be(message);
    }
}
