using System.Buffers;
using FluentAssertions;
using TcpRouting.Proxy.Protocols;

namespace TcpRouting.Proxy.Tests.Protocols;

/// <summary>Other protocols are NotThisProtocol; TLS that does not add up is Invalid, at once and not after more reads.</summary>
public sealed class ClientHelloReaderRejectionTests
{
    private const int Cap = 64 * 1024;
    private static readonly ClientHelloBuilder Good = new() { Alpn = ["h2"] };

    public static TheoryData<string> OtherProtocols => [.. OtherProtocolCases.Keys];

    public static TheoryData<string> MalformedHellos => [.. MalformedCases.Keys];

    public static TheoryData<string> BadServerNames =>
    [
        "exa mple.com", "a/b.example", "bad\0name", "*.example.com", "example.com:443", "..example.com", ".example.com",
        "a..b", "example.com..", "caf\u00e9.example", "[::1]", "", ".", new string('a', 64) + ".example", string.Join('.', Enumerable.Repeat(new string('a', 50), 5)),
    ];

    private static Dictionary<string, byte[]> OtherProtocolCases => new()
    {
        ["http request"] = "GET / HTTP/1.1\r\nHost: x\r\n\r\n"u8.ToArray(),
        ["postgres ssl request"] = PostgresSslRequest.Bytes.ToArray(),
        ["proxy v1"] = "PROXY TCP4 1.2.3.4 5.6.7.8 1 2\r\n"u8.ToArray(),
        ["record major version 2"] = [22, 2, 0, 0, 5],
        ["record minor version 5"] = [22, 3, 5, 0, 5],
        ["record major version 0x16"] = [22, 22, 3, 1, 0],
        ["alert record first"] = [21, 3, 3, 0, 2, 2, 40],
        ["high bit but no client hello"] = [0x80, 0x10, 0x04, 0x00],
    };

    private static Dictionary<string, byte[]> MalformedCases => new()
    {
        ["sslv2 compatible hello"] = [0x80, 0x2E, 0x01, 0x03, 0x01, 0x00, 0x15],
        ["server hello instead"] = ClientHelloBuilder.Records([2, .. Good.Handshake()[1..]], 1 << 14),
        ["zero length record"] = [22, 3, 1, 0, 0],
        ["record over 2^14 + 2048"] = [22, 3, 1, 0x48, 0x01],
        ["hello body below the minimum"] = ClientHelloBuilder.Record(22, 0x0301, [1, 0, 0, 40, .. new byte[40]]),
        ["bytes after the hello in its record"] = ClientHelloBuilder.Record(22, 0x0301, [.. Good.Handshake(), 1]),
        ["alert between two fragments"] = TwoRecords(secondType: 21, secondVersion: 0x0301),
        ["second record version 2.0"] = TwoRecords(secondType: 22, secondVersion: 0x0200),
        ["legacy version 2.0"] = Wrap([2, .. Good.Body()[1..]]),
        ["session id of 33 bytes"] = new ClientHelloBuilder { SessionIdLength = 33 }.Build(),
        ["odd cipher suites length"] = Wrap(Body(sessionId: [], suites: [0x13, 0x01, 0x13], compression: [0])),
        ["no cipher suite"] = Wrap(Body(sessionId: [], suites: [], compression: [0])),
        ["no compression method"] = Wrap(Body(sessionId: [], suites: [0x13, 0x01], compression: [])),
        ["extensions shorter than announced"] = Wrap(Good.Body()[..^1]),
        ["bytes after the extensions"] = Wrap([.. Good.Body(), 0]),
        ["extension longer than the block"] = Wrap([.. Body(sessionId: [], suites: [0x13, 0x01], compression: [0]), 0, 4, 0, 16, 0, 9]),
        ["two server_name extensions"] = (Good with { ExtraExtensions = [(0, ClientHelloBuilder.ServerNameData("other.example"))] }).Build(),
        ["two host names in one list"] = (Good with { ServerName = null, ExtraExtensions = [(0, ClientHelloBuilder.ServerNameData("a.example", "b.example"))] }).Build(),
        ["empty server name list"] = (Good with { ServerName = null, ExtraExtensions = [(0, [0, 0])] }).Build(),
        ["empty server_name extension"] = (Good with { ServerName = null, ExtraExtensions = [(0, [])] }).Build(),
        ["server name list longer than the extension"] = (Good with { ServerName = null, ExtraExtensions = [(0, [0, 9, 0, 0, 1, (byte)'a'])] }).Build(),
        ["bytes after the server name list"] = (Good with { ServerName = null, ExtraExtensions = [(0, [.. ClientHelloBuilder.ServerNameData("a.example"), 0])] }).Build(),
        ["two alpn extensions"] = (Good with { ExtraExtensions = [(16, ClientHelloBuilder.AlpnData("http/1.1"))] }).Build(),
        ["empty alpn list"] = (Good with { Alpn = [], ExtraExtensions = [(16, [0, 0])] }).Build(),
        ["empty alpn name"] = (Good with { Alpn = [], ExtraExtensions = [(16, [0, 3, 2, (byte)'h', (byte)'2', 0])] }).Build(),
        ["alpn name longer than the list"] = (Good with { Alpn = [], ExtraExtensions = [(16, [0, 3, 5, (byte)'h', (byte)'2'])] }).Build(),
    };

    [Theory]
    [MemberData(nameof(OtherProtocols))]
    public void Other_protocols_are_not_this_protocol(string name)
    {
        ClientHelloReader.TryRead(new ReadOnlySequence<byte>(OtherProtocolCases[name]), Cap, out var info).Should().Be(PeekStatus.NotThisProtocol);
        info.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(MalformedHellos))]
    public void Malformed_hellos_are_invalid(string name)
    {
        var bytes = MalformedCases[name];

        ClientHelloReader.TryRead(new ReadOnlySequence<byte>(bytes), Cap, out var info).Should().Be(PeekStatus.Invalid);
        info.Should().BeNull();
        ClientHelloReader.TryRead(SegmentedSequence.Bytewise(bytes), Cap, out _).Should().Be(PeekStatus.Invalid, "segmentation changes nothing");
    }

    [Theory]
    [MemberData(nameof(BadServerNames))]
    public void Server_names_that_are_not_dns_names_are_invalid(string serverName)
    {
        var bytes = (Good with { ServerName = serverName }).Build();

        ClientHelloReader.TryRead(new ReadOnlySequence<byte>(bytes), Cap, out var info).Should().Be(PeekStatus.Invalid);
        info.Should().BeNull();
    }

    [Fact]
    public void Empty_and_one_handshake_byte_need_more_data()
    {
        ClientHelloReader.TryRead(ReadOnlySequence<byte>.Empty, Cap, out _).Should().Be(PeekStatus.NeedMoreData);
        ClientHelloReader.TryRead(new ReadOnlySequence<byte>([22]), Cap, out _).Should().Be(PeekStatus.NeedMoreData);
    }

    [Fact]
    public void A_wrong_handshake_type_is_invalid_before_the_record_is_complete()
    {
        ClientHelloReader.TryRead(new ReadOnlySequence<byte>([22, 3, 1, 1, 0, 2]), Cap, out _).Should().Be(PeekStatus.Invalid);
    }

    private static byte[] Wrap(byte[] body) =>
        ClientHelloBuilder.Records(new TlsWriter().U8(1).U24(body.Length).Raw(body).ToArray(), 1 << 14);

    private static byte[] Body(byte[] sessionId, byte[] suites, byte[] compression) =>
        new TlsWriter().U16(0x0303).Raw(new byte[32]).Vector8(sessionId).Vector16(suites).Vector8(compression).ToArray();

    private static byte[] TwoRecords(int secondType, int secondVersion)
    {
        var handshake = Good.Handshake();
        return [.. ClientHelloBuilder.Record(22, 0x0301, handshake[..50]), .. ClientHelloBuilder.Record(secondType, secondVersion, handshake[50..])];
    }
}
