using System.Buffers;

namespace TcpRouting.Fuzz.Support;

/// <summary>One linked segment over its own array, so that no parser can read past a segment's end by accident.</summary>
internal sealed class Segment : ReadOnlySequenceSegment<byte>
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
