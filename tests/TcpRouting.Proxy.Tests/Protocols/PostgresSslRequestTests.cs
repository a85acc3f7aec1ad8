using System.Buffers;
using FluentAssertions;
using TcpRouting.Proxy.Protocols;

namespace TcpRouting.Proxy.Tests.Protocols;

public sealed class PostgresSslRequestTests
{
    private static readonly byte[] SslRequest = PostgresSslRequest.Bytes.ToArray();

    [Fact]
    public void The_bytes_are_length_8_and_code_80877103()
    {
        System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(SslRequest).Should().Be(8);
        System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(SslRequest.AsSpan(4)).Should().Be(80877103);
    }

    [Fact]
    public void An_ssl_request_is_done_however_it_is_segmented()
    {
        PostgresSslRequest.TryRead(new ReadOnlySequence<byte>(SslRequest)).Should().Be(PeekStatus.Done);
        PostgresSslRequest.TryRead(SegmentedSequence.Bytewise(SslRequest)).Should().Be(PeekStatus.Done);
        for (var cut = 0; cut <= SslRequest.Length; cut++)
        {
            PostgresSslRequest.TryRead(SegmentedSequence.Split(SslRequest, cut)).Should().Be(PeekStatus.Done, $"cut at {cut}");
        }
    }

    [Fact]
    public void Bytes_after_the_request_do_not_matter()
    {
        PostgresSslRequest.TryRead(new ReadOnlySequence<byte>([.. SslRequest, 22, 3, 1])).Should().Be(PeekStatus.Done);
    }

    [Fact]
    public void Every_prefix_needs_more_data()
    {
        for (var length = 0; length < SslRequest.Length; length++)
        {
            PostgresSslRequest.TryRead(new ReadOnlySequence<byte>(SslRequest[..length])).Should().Be(PeekStatus.NeedMoreData, $"{length} bytes");
        }
    }

    [Theory]
    [InlineData(new byte[] { 0, 0, 0, 8, 0x04, 0xD2, 0x16, 0x30 })] // GSSENCRequest, 80877104
    [InlineData(new byte[] { 0, 0, 0, 8, 0x04, 0xD2, 0x16, 0x2E })] // CancelRequest's neighbour
    [InlineData(new byte[] { 0, 0, 0, 0x29, 0, 3, 0, 0 })]          // StartupMessage, protocol 3.0
    [InlineData(new byte[] { 22, 3, 1, 0, 200 })]                    // a TLS record
    [InlineData(new byte[] { 0, 0, 0, 9 })]                          // wrong length, already visible
    public void Anything_else_is_not_this_protocol(byte[] bytes)
    {
        PostgresSslRequest.TryRead(new ReadOnlySequence<byte>(bytes)).Should().Be(PeekStatus.NotThisProtocol);
    }
}
