using System.Buffers;
using System.Net;
using System.Text;
using FluentAssertions;
using TcpRouting.Proxy.Protocols;

namespace TcpRouting.Proxy.Tests.Protocols;

/// <summary>haproxy proxy-protocol.txt section 2.1, the text header.</summary>
public sealed class ProxyProtocolV1ReaderTests
{
    public static TheoryData<string> InvalidLines =>
    [
        "PROXY TCP4 192.168.0.1 192.168.0.11 56324 443\n",        // lone LF
        "PROXY TCP4 192.168.0.1 192.168.0.11 56324 443\rX",       // lone CR
        "PROXY TCP4 192.168.0.1 192.168.0.11 56324\r\n",          // a field missing
        "PROXY TCP4 192.168.0.1 192.168.0.11 56324 443 1\r\n",    // a field too many
        "PROXY TCP4  192.168.0.1 192.168.0.11 56324 443\r\n",     // two spaces
        "PROXY TCP4 192.168.0.1 192.168.0.11 56324 443 \r\n",     // trailing space
        "PROXY TCP5 192.168.0.1 192.168.0.11 56324 443\r\n",      // unknown protocol
        "PROXY tcp4 192.168.0.1 192.168.0.11 56324 443\r\n",      // case matters
        "PROXY TCP4 192.168.0.01 192.168.0.11 56324 443\r\n",     // heading zero
        "PROXY TCP4 192.168.0.256 192.168.0.11 56324 443\r\n",    // octet too big
        "PROXY TCP4 192.168.1 192.168.0.11 56324 443\r\n",        // three octets
        "PROXY TCP4 192.168.0.1.5 192.168.0.11 56324 443\r\n",    // five octets
        "PROXY TCP4 ::1 192.168.0.11 56324 443\r\n",              // IPv6 under TCP4
        "PROXY TCP6 192.168.0.1 ::1 56324 443\r\n",               // IPv4 under TCP6
        "PROXY TCP6 fe80::1%eth0 ::1 56324 443\r\n",              // zone id
        "PROXY TCP6 1:2:3:4:5:6:7:8:9 ::1 56324 443\r\n",         // nine groups
        "PROXY TCP4 192.168.0.1 192.168.0.11 65536 443\r\n",      // port too big
        "PROXY TCP4 192.168.0.1 192.168.0.11 0443 443\r\n",       // port with heading zero
        "PROXY TCP4 192.168.0.1 192.168.0.11 -1 443\r\n",         // negative port
        "PROXY TCP4 192.168.0.1 192.168.0.11 56324 443\t\r\n",    // control character
        "PROXY \r\n",
    ];

    [Theory]
    [InlineData("PROXY TCP4 192.168.0.1 192.168.0.11 56324 443\r\n", "192.168.0.1:56324", "192.168.0.11:443")]
    [InlineData("PROXY TCP4 255.255.255.255 0.0.0.0 65535 0\r\n", "255.255.255.255:65535", "0.0.0.0:0")]
    [InlineData("PROXY TCP6 2001:db8::1 2001:DB8::2 40000 5432\r\n", "[2001:db8::1]:40000", "[2001:db8::2]:5432")]
    [InlineData("PROXY TCP6 ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff ::ffff:10.0.0.1 1 2\r\n", "[ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff]:1", "[::ffff:10.0.0.1]:2")]
    public void Reads_tcp_lines(string line, string source, string destination)
    {
        var bytes = Encoding.ASCII.GetBytes(line + "payload");

        ProxyProtocolReader.TryRead(new ReadOnlySequence<byte>(bytes), out var header).Should().Be(PeekStatus.Done);

        header.Should().Be(new ProxyHeader(1, IPEndPoint.Parse(source), IPEndPoint.Parse(destination), line.Length));
    }

    [Theory]
    [InlineData("PROXY UNKNOWN\r\n")]
    [InlineData("PROXY UNKNOWN ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff 65535 65535\r\n")]
    [InlineData("PROXY UNKNOWN whatever the sender put here\r\n")]
    public void Unknown_gives_no_addresses(string line)
    {
        ProxyProtocolReader.TryRead(new ReadOnlySequence<byte>(Encoding.ASCII.GetBytes(line + "GET /")), out var header).Should().Be(PeekStatus.Done);

        header.Should().Be(new ProxyHeader(1, null, null, line.Length));
    }

    [Fact]
    public void Every_split_and_every_truncation_of_the_longest_line()
    {
        var line = Encoding.ASCII.GetBytes("PROXY UNKNOWN ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff 65535 65535\r\n");
        line.Should().HaveCount(107);

        for (var cut = 0; cut <= line.Length; cut++)
        {
            ProxyProtocolReader.TryRead(SegmentedSequence.Split(line, cut), out var header).Should().Be(PeekStatus.Done, $"cut at {cut}");
            header!.Length.Should().Be(107);
            if (cut < line.Length)
            {
                ProxyProtocolReader.TryRead(new ReadOnlySequence<byte>(line[..cut]), out _).Should().Be(PeekStatus.NeedMoreData, $"{cut} bytes");
            }
        }
    }

    [Fact]
    public void Every_truncation_of_a_tcp6_line_needs_more_data()
    {
        var line = Encoding.ASCII.GetBytes("PROXY TCP6 2001:db8::1 2001:db8::2 40000 5432\r\n");

        for (var length = 0; length < line.Length; length++)
        {
            ProxyProtocolReader.TryRead(SegmentedSequence.Split(line[..length], length / 2), out _).Should().Be(PeekStatus.NeedMoreData, $"{length} bytes");
        }
    }

    [Theory]
    [MemberData(nameof(InvalidLines))]
    public void Lines_that_do_not_match_exactly_are_invalid(string line)
    {
        ProxyProtocolReader.TryRead(new ReadOnlySequence<byte>(Encoding.ASCII.GetBytes(line)), out var header).Should().Be(PeekStatus.Invalid);
        header.Should().BeNull();
    }

    [Fact]
    public void No_crlf_in_107_bytes_is_invalid()
    {
        var bytes = Encoding.ASCII.GetBytes("PROXY UNKNOWN " + new string('f', 93));
        bytes.Should().HaveCount(107);

        ProxyProtocolReader.TryRead(new ReadOnlySequence<byte>(bytes), out _).Should().Be(PeekStatus.Invalid);
        ProxyProtocolReader.TryRead(new ReadOnlySequence<byte>(bytes[..106]), out _).Should().Be(PeekStatus.NeedMoreData);
        ProxyProtocolReader.TryRead(new ReadOnlySequence<byte>([.. bytes[..105], (byte)'\r']), out _).Should().Be(PeekStatus.NeedMoreData, "CRLF may still end at byte 107");
        ProxyProtocolReader.TryRead(new ReadOnlySequence<byte>([.. bytes[..106], (byte)'\r']), out _).Should().Be(PeekStatus.Invalid, "CRLF would end at byte 108");
    }

    [Theory]
    [InlineData("GET / HTTP/1.1\r\n")]
    [InlineData("PROXX TCP4")]
    [InlineData("PROXYTCP4")]
    [InlineData("P\0")]
    public void Other_protocols_are_not_this_protocol(string text)
    {
        ProxyProtocolReader.TryRead(new ReadOnlySequence<byte>(Encoding.ASCII.GetBytes(text)), out _).Should().Be(PeekStatus.NotThisProtocol);
    }

    [Fact]
    public void Empty_needs_more_data()
    {
        ProxyProtocolReader.TryRead(ReadOnlySequence<byte>.Empty, out _).Should().Be(PeekStatus.NeedMoreData);
    }
}
