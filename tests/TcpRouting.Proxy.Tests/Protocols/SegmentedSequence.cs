using System.Buffers;

namespace TcpRouting.Proxy.Tests.Protocols;

/// <summary>
/// Builds the multi-segment buffers a PipeReader hands out when bytes arrive in several reads: linked
/// segments, each over its own array so that no parser can read past a segment's end by accident.
/// </summary>
internal static class SegmentedSequence
{
    /// <summary>The data cut at the given offsets (ascending); an offset of 0 or data.Length gives an empty segment.</summary>
    public static ReadOnlySequence<byte> Split(byte[] data, params int[] cuts)
    {
        var pieces = new List<byte[]>();
        var start = 0;
        foreach (var cut in cuts)
        {
            pieces.Add(data[start..cut]);
            start = cut;
        }

        pieces.Add(data[start..]);
        return FromPieces(pieces);
    }

    /// <summary>One segment per byte: the worst fragmentation a reader can meet.</summary>
    public static ReadOnlySequence<byte> Bytewise(byte[] data) =>
        FromPieces(data.Select(b => new[] { b }).ToList());

    public static ReadOnlySequence<byte> FromPieces(IReadOnlyList<byte[]> pieces)
    {
        if (pieces.Count == 0)
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

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(byte[] memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(byte[] memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
