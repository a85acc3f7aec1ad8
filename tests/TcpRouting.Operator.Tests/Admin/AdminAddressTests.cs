using System.Net;
using FluentAssertions;
using TcpRouting.Operator.Admin;

namespace TcpRouting.Operator.Tests.Admin;

public sealed class AdminAddressTests
{
    [Theory]
    [InlineData("127.0.0.1:9000", "127.0.0.1:9000")]
    [InlineData(":9000", "0.0.0.0:9000")]
    [InlineData("localhost:9100", "127.0.0.1:9100")]
    [InlineData("[::1]:9000", "[::1]:9000")]
    [InlineData("127.0.0.1:0", "127.0.0.1:0")]
    public void Parses_addresses(string text, string expected)
    {
        AdminAddress.TryParse(text, out var endPoint).Should().BeTrue();
        endPoint.Should().Be(IPEndPoint.Parse(expected));
    }

    [Theory]
    [InlineData("9000")]
    [InlineData("example.com:9000")]
    [InlineData("127.0.0.1:70000")]
    [InlineData("127.0.0.1:")]
    [InlineData("0127.0.0.1:9000")] // strict: not octal
    public void Rejects_what_is_not_an_ip_and_port(string text) => AdminAddress.TryParse(text, out _).Should().BeFalse();
}
