using System.Buffers;
using FluentAssertions;
using TcpRouting.Proxy.Protocols;

namespace TcpRouting.Proxy.Tests.Protocols;

/// <summary>The buffer is whatever TCP delivered so far: any segmentation, any prefix, any cap.</summary>
public sealed class ClientHelloReaderSegmentationTests
{
    private const int Cap = 64 * 1024;

    public static TheoryData<string> Samples => [.. ClientHelloSample.Names];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Every_two_segment_split_reads_the_same(string name)
    {
        var sample = await ClientHelloSample.GetAsync(name);

        for (var cut = 0; cut <= sample.Bytes.Length; cut++)
        {
            ShouldRead(SegmentedSequence.Split(sample.Bytes, cut), sample, $"cut at {cut}");
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Three_segment_splits_read_the_same(string name)
    {
        var sample = await ClientHelloSample.GetAsync(name);
        var length = sample.Bytes.Length;

        for (var first = 0; first <= length; first += 13)
        {
            for (var second = first; second <= length; second += 29)
            {
                ShouldRead(SegmentedSequence.Split(sample.Bytes, first, second), sample, $"cuts at {first} and {second}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task One_byte_segments_read_the_same(string name)
    {
        var sample = await ClientHelloSample.GetAsync(name);

        ShouldRead(SegmentedSequence.Bytewise(sample.Bytes), sample, "one byte per segment");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Every_truncation_needs_more_data(string name)
    {
        var sample = await ClientHelloSample.GetAsync(name);

        for (var length = 0; length < sample.Bytes.Length; length++)
        {
            var prefix = sample.Bytes[..length];
            ClientHelloReader.TryRead(new ReadOnlySequence<byte>(prefix), Cap, out var info)
                .Should().Be(PeekStatus.NeedMoreData, $"{length} of {sample.Bytes.Length} bytes is a consistent prefix");
            info.Should().BeNull();
            ClientHelloReader.TryRead(SegmentedSequence.Split(prefix, length / 2), Cap, out _)
                .Should().Be(PeekStatus.NeedMoreData, $"{length} bytes in two segments");
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_cap_of_exactly_the_hello_is_enough(string name)
    {
        var sample = await ClientHelloSample.GetAsync(name);

        ClientHelloReader.TryRead(new ReadOnlySequence<byte>(sample.Bytes), sample.Bytes.Length, out _).Should().Be(PeekStatus.Done);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_hello_beyond_the_cap_is_too_large_at_every_prefix_reaching_the_cap(string name)
    {
        var sample = await ClientHelloSample.GetAsync(name);
        var cap = sample.Bytes.Length - 1;

        for (var length = cap; length <= sample.Bytes.Length; length++)
        {
            ClientHelloReader.TryRead(new ReadOnlySequence<byte>(sample.Bytes[..length]), cap, out var info)
                .Should().Be(PeekStatus.TooLarge, $"{length} bytes under a cap of {cap}");
            info.Should().BeNull();
        }
    }

    [Fact]
    public void A_hello_that_cannot_fit_is_too_large_as_soon_as_its_length_is_known()
    {
        var bytes = ClientHelloSample.PostQuantum(1 << 14).Build();

        // Record header and handshake header: 9 bytes say the message is about 1.8 KB.
        ClientHelloReader.TryRead(new ReadOnlySequence<byte>(bytes[..9]), 1024, out _).Should().Be(PeekStatus.TooLarge);
        ClientHelloReader.TryRead(new ReadOnlySequence<byte>(bytes[..8]), 1024, out _).Should().Be(PeekStatus.TooLarge, "the record alone is longer than the cap");
    }

    [Fact]
    public void A_cap_below_a_record_header_is_too_large()
    {
        ClientHelloReader.TryRead(new ReadOnlySequence<byte>([22, 3]), 4, out _).Should().Be(PeekStatus.TooLarge);
    }

    private static void ShouldRead(ReadOnlySequence<byte> buffer, ClientHelloSample sample, string because)
    {
        ClientHelloReader.TryRead(buffer, Cap, out var info).Should().Be(PeekStatus.Done, because);
        info!.ServerName.Should().Be(sample.ServerName, because);
        info.AlpnProtocols.Should().Equal(sample.Alpn, because);
        info.BytesExamined.Should().Be(sample.Bytes.Length, because);
    }
}
