using System.Buffers;
using TcpRouting.Proxy.Tests.Protocols;

namespace TcpRouting.Fuzz.Support;

/// <summary>
/// The same bytes as the buffers a PipeReader hands out when they arrive in several reads, so that the
/// multi-segment paths of a parser meet the same inputs as the single-span ones.
/// </summary>
internal static class Segments
{
    public static ReadOnlySequence<byte> Whole(byte[] data) => new(data);

    /// <summary>One segment per byte: the worst fragmentation a reader can meet.</summary>
    public static ReadOnlySequence<byte> Bytewise(byte[] data) => SegmentedSequence.Bytewise(data);

    /// <summary>Three segments cut at a third and two thirds (an empty one for short inputs).</summary>
    public static ReadOnlySequence<byte> Thirds(byte[] data) => SegmentedSequence.Split(data, data.Length / 3, 2 * data.Length / 3);
}
