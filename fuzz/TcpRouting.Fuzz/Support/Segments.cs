using System.Buffers;

namespace TcpRouting.Fuzz.Support;

/// <summary>
/// The same bytes as the buffers a PipeReader hands out when they arrive in several reads, so that the
/// multi-segment paths of a parser meet the same inputs as the single-span ones.
/// </summary>
internal static class Segments
{
    public static ReadOnlySequence<byte> Whole(byte[] data) => new(data);

    /// <summary>One segment per byte: the worst fragmentation a reader can meet.</summary>
    public static ReadOnlySequence<byte> Bytewise(byte[] data) => FromPieces([.. data.Select(b => new[] { b })]);

    /// <summary>Three segments cut at a third and two thirds (an empty one for short inputs).</summary>
    public static ReadOnlySequence<byte> Thirds(byte[] data) =>
        FromPieces([data[..(data.Length / 3)], data[(data.Length / 3)..(2 * data.Length / 3)], data[(2 * data.Length / 3)..]]);

    private static ReadOnlySequence<byte> FromPieces(byte[][] pieces)
    {
        if (pieces.Length == 0)
        {
            return ReadOnlySequence<byte>.Empty;
        }

        var first = new Segment(pieces[0], 0);
        var last = first;
        foreach (var piece in pieces.Skip(1))
        {
            last = last.Append(piece);
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }
}
