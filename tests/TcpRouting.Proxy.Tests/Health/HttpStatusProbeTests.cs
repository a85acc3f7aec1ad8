using System.Text;
using FluentAssertions;
using TcpRouting.Proxy.Health;

namespace TcpRouting.Proxy.Tests.Health;

public sealed class HttpStatusProbeTests
{
    [Theory]
    [InlineData("HTTP/1.1 200 OK\r\n", 200)]
    [InlineData("HTTP/1.0 503 Service Unavailable\r\n", 503)]
    [InlineData("HTTP/1.1 204\r\n", 204)]
    [InlineData("HTTP/1.1 200", 200)]
    [InlineData("HTTP/2 200 OK\r\n", null)]
    [InlineData("SSH-2.0-OpenSSH\r\n", null)]
    [InlineData("HTTP/1.1 2000 OK\r\n", null)]
    [InlineData("HTTP/1.1 -20 OK\r\n", null)]
    [InlineData("", null)]
    public void Only_a_well_formed_status_line_gives_a_status(string answer, int? status) =>
        HttpStatusProbe.ParseStatus(Encoding.ASCII.GetBytes(answer)).Should().Be(status);
}
