using FluentAssertions;
using TcpRouting.Translation.Gateway;

namespace TcpRouting.Translation.Tests.Gateway;

public sealed class HostnameIntersectionTests
{
    [Theory]
    [InlineData(null, "", "*")]
    [InlineData("db.example.com", "", "db.example.com")]
    [InlineData(null, "a.example.com,*.example.org", "a.example.com,*.example.org")]
    [InlineData("abc.example.com", "abc.example.com", "abc.example.com")]
    [InlineData("abc.example.com", "*.example.com", "abc.example.com")]
    [InlineData("*.example.com", "abc.example.com,a.b.example.com", "abc.example.com,a.b.example.com")]
    [InlineData("*.example.com", "*.com", "*.example.com")]
    [InlineData("*.com", "*.example.com", "*.example.com")]
    [InlineData("*.example.com", "example.com", "")]
    [InlineData("abc.example.com", "non.matching.com", "")]
    [InlineData("ABC.example.com", "abc.EXAMPLE.com", "abc.example.com")]
    public void Intersects_as_the_spec_defines(string? listener, string route, string expected)
    {
        var routeHosts = route.Length == 0 ? [] : route.Split(',');

        var result = HostnameIntersection.Intersect(listener, routeHosts);

        result.Should().Equal(expected.Length == 0 ? [] : expected.Split(','));
    }
}
