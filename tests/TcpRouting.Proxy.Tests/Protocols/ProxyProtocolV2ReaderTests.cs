using System.Buffers;
using System.Net;
using FluentAssertions;
using TcpRouting.Proxy.Protocols;

namespace TcpRouting.Proxy.Tests.Protocols;

/// <summary>haproxy proxy-protocol.txt section 2.2, the binary header.</summary>
public sealed class ProxyProtocolV2ReaderTests
{
    private static readonly byte[] Signature = [0x0D, 0x0A, 0x0D, 0x0A, 0x00, 0x0D, 0x0A, 0x51, 0x55, 0x49, 0x54, 0x0A];
    private static readonly byte[] Inet4Addresses = [192, 168, 0, 1, 10, 0, 0, 7, 0xDC, 0x04, 0x01, 0xBB];

    public static TheoryData<string> InvalidHeaders => [.. InvalidCases.Keys];

    private static Dictionary<string, byte[]> InvalidCases => new()
    {
        ["version 1 in the v2 format"] = Header(0x11, 0x11, Inet4Addresses),
        ["version 3"] = Header(0x31, 0x11, Inet4Addresses),
        ["command 2"] = Header(0x22, 0x11, Inet4Addresses),
        ["family 4"] = Header(0x21, 0x41, Inet4Addresses),
        ["transport 3"] = Header(0x21, 0x13, Inet4Addresses),
        ["IPv4 block too short"] = Header(0x21, 0x11, Inet4Addresses[..11]),
        ["IPv6 block too short"] = Header(0x21, 0x21, new byte[35]),
        ["unix block too short"] = Header(0x21, 0x31, new byte[215]),
        ["TLV longer than the block"] = Header(0x21, 0x11, [.. Inet4Addresses, 0x04, 0x00, 0x05, 1, 2]),
        ["TLV header cut short"] = Header(0x21, 0x11, [.. Inet4Addresses, 0x04, 0x00]),
    };

    [Fact]
    public void Reads_tcp_over_ipv4()
    {
        var bytes = Header(0x21, 0x11, Inet4Addresses);

        ProxyProtocolReader.TryRead(new ReadOnlySequence<byte>([.. bytes, 1, 2, 3]), out var header).Should().Be(PeekStatus.Done);

        header.Should().Be(new ProxyHeader(2, IPEndPoint.Parse("192.168.0.1:56324"), IPEndPoint.Parse("10.0.0.7:443"), 28));
    }

    [Fact]
    public void Reads_udp_over_ipv6_and_skips_tlvs()
    {
        var source = IPAddress.Parse("2001:db8::1").GetAddressBytes();
        var destination = IPAddress.Parse("2001:db8::2").GetAddressBytes();
        byte[] tlvs = [0x01, 0x00, 0x02, (byte)'h', (byte)'2', 0x04, 0x00, 0x00, 0x20, 0x00, 0x03, 1, 2, 3];
        var bytes = Header(0x21, 0x22, [.. source, .. destination, 0x9C, 0x40, 0x15, 0x38, .. tlvs]);

        ProxyProtocolReader.TryRead(new ReadOnlySequence<byte>(bytes), out var header).Should().Be(PeekStatus.Done);

        header.Should().Be(new ProxyHeader(2, IPEndPoint.Parse("[2001:db8::1]:40000"), IPEndPoint.Parse("[2001:db8::2]:5432"), 16 + 36 + tlvs.Length));
    }

    [Theory]
    [InlineData(0x20, 0x11, 12)] // LOCAL with an address block, which it ignores
    [InlineData(0x20, 0x00, 0)]  // LOCAL as senders should write it
    [InlineData(0x20, 0xFF, 3)]  // LOCAL ignores even an unassigned family
    [InlineData(0x21, 0x00, 5)]  // PROXY, UNSPEC
    [InlineData(0x21, 0x10, 12)] // PROXY, AF_INET over an unspecified transport
    [InlineData(0x21, 0x31, 216)] // PROXY, AF_UNIX stream: no IP endpoint
    public void Local_unspec_and_unix_give_no_addresses(byte versionCommand, byte family, int blockLength)
    {
        var bytes = Header(versionCommand, family, new byte[blockLength]);

        ProxyProtocolReader.TryRead(new ReadOnlySequence<byte>(bytes), out var header).Should().Be(PeekStatus.Done);

        header.Should().Be(new ProxyHeader(2, null, null, 16 + blockLength));
    }

    [Theory]
    [MemberData(nameof(InvalidHeaders))]
    public void Headers_outside_the_specification_are_invalid(string name)
    {
        ProxyProtocolReader.TryRead(new ReadOnlySequence<byte>(InvalidCases[name]), out var header).Should().Be(PeekStatus.Invalid);
        header.Should().BeNull();
    }

    [Fact]
    public void A_bad_version_is_invalid_as_soon_as_its_byte_arrives()
    {
        ProxyProtocolReader.TryRead(new ReadOnlySequence<byte>([.. Signature, 0x11]), out _).Should().Be(PeekStatus.Invalid);
    }

    [Fact]
    public void Every_split_reads_the_same_and_every_truncation_needs_more_data()
    {
        var bytes = Header(0x21, 0x11, [.. Inet4Addresses, 0x04, 0x00, 0x01, 0xFF]);

        for (var cut = 0; cut <= bytes.Length; cut++)
        {
            ProxyProtocolReader.TryRead(SegmentedSequence.Split(bytes, cut), out var header).Should().Be(PeekStatus.Done, $"cut at {cut}");
            header!.Source.Should().Be(IPEndPoint.Parse("192.168.0.1:56324"));
            if (cut < bytes.Length)
            {
                ProxyProtocolReader.TryRead(new ReadOnlySequence<byte>(bytes[..cut]), out _).Should().Be(PeekStatus.NeedMoreData, $"{cut} bytes");
            }
        }

        ProxyProtocolReader.TryRead(SegmentedSequence.Bytewise(bytes), out _).Should().Be(PeekStatus.Done);
    }

    [Fact]
    public void A_different_signature_is_not_this_protocol()
    {
        byte[] bytes = [.. Signature[..11], 0x0B];

        ProxyProtocolReader.TryRead(new ReadOnlySequence<byte>(bytes), out _).Should().Be(PeekStatus.NotThisProtocol);
        ProxyProtocolReader.TryRead(new ReadOnlySequence<byte>("\r\nGET"u8.ToArray()), out _).Should().Be(PeekStatus.NotThisProtocol);
    }

    private static byte[] Header(byte versionCommand, byte family, byte[] block) =>
        [.. Signature, versionCommand, family, (byte)(block.Length >> 8), (byte)block.Length, .. block];
}
