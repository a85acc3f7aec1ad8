using System.Net;
using FluentAssertions;
using TcpRouting.Translation.Core;

namespace TcpRouting.Translation.Tests.Core;

public sealed class CidrTests
{
    [Theory]
    [InlineData("10.0.0.0/8", "10.0.0.0/8")]
    [InlineData("10.0.0.1", "10.0.0.1/32")]
    [InlineData("10.1.2.3/8", "10.0.0.0/8")]
    [InlineData("::1", "::1/128")]
    [InlineData("fd00::1/64", "fd00::/64")]
    [InlineData(" 192.168.1.0/24 ", "192.168.1.0/24")]
    [InlineData("0.0.0.0/0", "0.0.0.0/0")]
    [InlineData("::ffff:10.0.0.1", "::ffff:10.0.0.1/128")]
    public void Parses_networks_as_go_does(string text, string expected)
    {
        Cidr.TryParse(text, out var network, out _).Should().BeTrue();
        network.Should().Be(IPNetwork.Parse(expected));
    }

    [Theory]
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0/8")]
    [InlineData("10.0.0.0/x")]
    [InlineData("nope")]
    [InlineData("")]
    [InlineData("010.0.0.1")] // issue 12 finding 5: was 8.0.0.1/32 (octal), Go and Traefik refuse leading zeros
    [InlineData("10.0.0.01/8")]
    [InlineData("0x0a.0.0.1")]
    [InlineData("10.1")]
    [InlineData("10.0.0.1/08")]
    [InlineData("::ffff:010.0.0.1")]
    [InlineData("fe80::1%eth0")]
    public void Rejects_bad_networks_naming_them(string text)
    {
        Cidr.TryParse(text, out _, out var error).Should().BeFalse();
        error.Should().Contain($"\"{text}\"");
    }
}
