using System.Net;
using FluentAssertions;
using TcpRouting.Translation.Core;

namespace TcpRouting.Translation.Tests.Core;

public sealed class EntryPointAddressTests
{
    [Theory]
    [InlineData(":5432", "0.0.0.0:5432")]
    [InlineData("0.0.0.0:5432", "0.0.0.0:5432")]
    [InlineData("127.0.0.1:5432", "127.0.0.1:5432")]
    [InlineData("[::]:443", "[::]:443")]
    [InlineData("[::1]:443", "[::1]:443")]
    [InlineData(":9000/tcp", "0.0.0.0:9000")]
    public void Parses_traefik_addresses(string address, string expected)
    {
        EntryPointAddress.TryParse(address, out var endPoint, out var error).Should().BeTrue(error);
        endPoint.Should().Be(IPEndPoint.Parse(expected));
    }

    [Theory]
    [InlineData("5432", "needs a port")]
    [InlineData(":0", "needs a port")]
    [InlineData(":70000", "needs a port")]
    [InlineData("db.local:5432", "not an IP address")]
    [InlineData("010.0.0.1:5432", "not an IP address")] // strict: would have bound 8.0.0.1
    [InlineData("127.1:5432", "not an IP address")]
    [InlineData(":53/udp", "not a TCP address")]
    [InlineData("", "needs a port")]
    public void Rejects_bad_addresses_naming_why(string address, string why)
    {
        EntryPointAddress.TryParse(address, out _, out var error).Should().BeFalse();
        error.Should().Contain(why);
    }
}
