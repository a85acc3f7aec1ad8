using System.Buffers;
using System.Net;
using System.Text;
using FluentAssertions;
using TcpRouting.Proxy.Protocols;

namespace TcpRouting.Proxy.Tests.Protocols;

public sealed class ProxyProtocolWriterTests
{
    public static TheoryData<int, string, string> RoundTrips => new()
    {
        { 1, "192.168.0.1:56324", "10.0.0.7:443" },
        { 2, "192.168.0.1:56324", "10.0.0.7:443" },
        { 1, "[2001:db8::1]:40000", "[2001:db8::2]:5432" },
        { 2, "[2001:db8::1]:40000", "[2001:db8::2]:5432" },
        { 1, "[ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff]:65535", "[::]:0" },
        { 2, "255.255.255.255:65535", "0.0.0.0:0" },
    };

    [Theory]
    [MemberData(nameof(RoundTrips))]
    public void What_is_written_reads_back(int version, string source, string destination)
    {
        var bytes = ProxyProtocolWriter.Write(version, IPEndPoint.Parse(source), IPEndPoint.Parse(destination));

        ProxyProtocolReader.TryRead(new ReadOnlySequence<byte>(bytes), out var header).Should().Be(PeekStatus.Done);

        header.Should().Be(new ProxyHeader(version, IPEndPoint.Parse(source), IPEndPoint.Parse(destination), bytes.Length));
    }

    [Fact]
    public void Version_1_is_the_line_of_the_specification()
    {
        var bytes = ProxyProtocolWriter.Write(1, IPEndPoint.Parse("192.168.0.1:56324"), IPEndPoint.Parse("192.168.0.11:443"));

        Encoding.ASCII.GetString(bytes).Should().Be("PROXY TCP4 192.168.0.1 192.168.0.11 56324 443\r\n");
    }

    [Fact]
    public void Version_2_is_signature_proxy_command_tcp4_and_the_address_block()
    {
        var bytes = ProxyProtocolWriter.Write(2, IPEndPoint.Parse("192.168.0.1:56324"), IPEndPoint.Parse("10.0.0.7:443"));

        bytes.Should().Equal(
            0x0D, 0x0A, 0x0D, 0x0A, 0x00, 0x0D, 0x0A, 0x51, 0x55, 0x49, 0x54, 0x0A,
            0x21, 0x11, 0x00, 0x0C,
            192, 168, 0, 1, 10, 0, 0, 7, 0xDC, 0x04, 0x01, 0xBB);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Ipv4_mapped_addresses_are_written_as_ipv4(int version)
    {
        var bytes = ProxyProtocolWriter.Write(version, IPEndPoint.Parse("[::ffff:192.168.0.1]:1000"), IPEndPoint.Parse("[::ffff:10.0.0.7]:443"));

        ProxyProtocolReader.TryRead(new ReadOnlySequence<byte>(bytes), out var header).Should().Be(PeekStatus.Done);
        header!.Source.Should().Be(IPEndPoint.Parse("192.168.0.1:1000"));
        header.Destination.Should().Be(IPEndPoint.Parse("10.0.0.7:443"));
        bytes.Length.Should().Be(version == 1 ? "PROXY TCP4 192.168.0.1 10.0.0.7 1000 443\r\n".Length : 28);
    }

    [Fact]
    public void Mixed_families_are_written_as_ipv6_and_zone_ids_are_dropped()
    {
        var bytes = ProxyProtocolWriter.Write(1, IPEndPoint.Parse("10.0.0.1:1000"), IPEndPoint.Parse("[fe80::1%2]:443"));

        Encoding.ASCII.GetString(bytes).Should().Be("PROXY TCP6 ::ffff:10.0.0.1 fe80::1 1000 443\r\n");
        ProxyProtocolReader.TryRead(new ReadOnlySequence<byte>(bytes), out _).Should().Be(PeekStatus.Done);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Other_versions_are_refused(int version)
    {
        var write = () => ProxyProtocolWriter.Write(version, IPEndPoint.Parse("10.0.0.1:1"), IPEndPoint.Parse("10.0.0.2:2"));

        write.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(version));
    }
}
