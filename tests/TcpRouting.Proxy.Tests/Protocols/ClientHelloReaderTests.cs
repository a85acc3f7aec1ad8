using System.Buffers;
using FluentAssertions;
using TcpRouting.Proxy.Protocols;

namespace TcpRouting.Proxy.Tests.Protocols;

public sealed class ClientHelloReaderTests
{
    private const int Cap = 64 * 1024;

    public static TheoryData<string> Samples => [.. ClientHelloSample.Names];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Reads_the_lower_cased_server_name_and_the_alpn_list(string name)
    {
        var sample = await ClientHelloSample.GetAsync(name);

        var status = ClientHelloReader.TryRead(new ReadOnlySequence<byte>(sample.Bytes), Cap, out var info);

        status.Should().Be(PeekStatus.Done);
        info!.ServerName.Should().Be(sample.ServerName);
        info.AlpnProtocols.Should().Equal(sample.Alpn);
        info.BytesExamined.Should().Be(sample.Bytes.Length);
    }

    [Fact]
    public async Task Bytes_examined_stop_at_the_records_of_the_hello()
    {
        var hello = await ClientHelloCaptures.SslStreamHelloAsync();
        byte[] changeCipherSpec = [20, 3, 3, 0, 1, 1];

        var status = ClientHelloReader.TryRead(new ReadOnlySequence<byte>([.. hello, .. changeCipherSpec]), Cap, out var info);

        status.Should().Be(PeekStatus.Done);
        info!.BytesExamined.Should().Be(hello.Length);
    }

    [Fact]
    public void The_post_quantum_sample_is_a_large_hello_in_two_records()
    {
        var bytes = ClientHelloSample.PostQuantum(1000).Build();

        bytes.Length.Should().BeInRange(1700, 2000);
        bytes[1005].Should().Be(22, "a second handshake record starts after the first 1000 byte fragment");
        ClientHelloReader.TryRead(new ReadOnlySequence<byte>(bytes), Cap, out var info).Should().Be(PeekStatus.Done);
        info!.ServerName.Should().Be("api.example.com");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(100)]
    public void Reassembles_a_hello_whose_header_and_body_are_fragmented_over_many_records(int fragmentLength)
    {
        var bytes = ClientHelloSample.PostQuantum(fragmentLength).Build();

        var status = ClientHelloReader.TryRead(new ReadOnlySequence<byte>(bytes), Cap, out var info);

        status.Should().Be(PeekStatus.Done);
        info!.ServerName.Should().Be("api.example.com");
        info.AlpnProtocols.Should().Equal("h2", "http/1.1");
        info.BytesExamined.Should().Be(bytes.Length);
    }

    [Fact]
    public void A_hello_without_server_name_or_alpn_gives_null_and_empty()
    {
        var bytes = new ClientHelloBuilder { ServerName = null }.Build();

        ClientHelloReader.TryRead(new ReadOnlySequence<byte>(bytes), Cap, out var info).Should().Be(PeekStatus.Done);

        info!.ServerName.Should().BeNull();
        info.AlpnProtocols.Should().BeEmpty();
    }

    [Fact]
    public void A_hello_without_an_extensions_block_is_read()
    {
        var bytes = new ClientHelloBuilder { WithoutExtensions = true }.Build();

        ClientHelloReader.TryRead(new ReadOnlySequence<byte>(bytes), Cap, out var info).Should().Be(PeekStatus.Done);

        info!.ServerName.Should().BeNull();
        info.AlpnProtocols.Should().BeEmpty();
    }

    [Theory]
    [InlineData("DB.Example.Com", "db.example.com")]
    [InlineData("db.example.com.", "db.example.com")]
    [InlineData("xn--bcher-kva.example", "xn--bcher-kva.example")]
    [InlineData("_acme.my-svc.ns.svc", "_acme.my-svc.ns.svc")]
    [InlineData("localhost", "localhost")]
    public void Server_names_are_normalised(string sent, string read)
    {
        var bytes = new ClientHelloBuilder { ServerName = sent }.Build();

        ClientHelloReader.TryRead(new ReadOnlySequence<byte>(bytes), Cap, out var info).Should().Be(PeekStatus.Done);

        info!.ServerName.Should().Be(read);
    }

    [Fact]
    public void The_longest_dns_name_is_accepted()
    {
        var label = new string('a', 63);
        var longest = $"{label}.{label}.{label}.{new string('b', 61)}";

        var bytes = new ClientHelloBuilder { ServerName = longest }.Build();

        ClientHelloReader.TryRead(new ReadOnlySequence<byte>(bytes), Cap, out var info).Should().Be(PeekStatus.Done);
        info!.ServerName.Should().HaveLength(253);
    }

    [Fact]
    public void Unknown_server_name_types_are_skipped()
    {
        var list = new TlsWriter().U8(7).Vector16([1, 2, 3]).U8(0).Vector16("tenant.example"u8.ToArray()).ToArray();
        var bytes = new ClientHelloBuilder
        {
            ServerName = null,
            ExtraExtensions = [(0, new TlsWriter().Vector16(list).ToArray())],
        }.Build();

        ClientHelloReader.TryRead(new ReadOnlySequence<byte>(bytes), Cap, out var info).Should().Be(PeekStatus.Done);

        info!.ServerName.Should().Be("tenant.example");
    }

    [Theory]
    [InlineData(0x0300)]
    [InlineData(0x0301)]
    [InlineData(0x0303)]
    public void Every_plausible_record_version_is_accepted(int version)
    {
        var bytes = new ClientHelloBuilder { RecordVersion = version }.Build();

        ClientHelloReader.TryRead(new ReadOnlySequence<byte>(bytes), Cap, out _).Should().Be(PeekStatus.Done);
    }

    [Fact]
    public void Alpn_names_keep_their_bytes_and_order()
    {
        var bytes = new ClientHelloBuilder { Alpn = ["x-\u00e9", "h2", "mqtt"] }.Build();

        ClientHelloReader.TryRead(new ReadOnlySequence<byte>(bytes), Cap, out var info).Should().Be(PeekStatus.Done);

        info!.AlpnProtocols.Should().Equal("x-\u00e9", "h2", "mqtt");
    }
}
