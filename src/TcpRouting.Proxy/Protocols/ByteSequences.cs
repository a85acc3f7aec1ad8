using System.Buffers;

namespace TcpRouting.Proxy.Protocols;

/// <summary>Helpers for short fields of a possibly multi-segment buffer.</summary>
internal static class ByteSequences
{
    /// <summary>
    /// The bytes as one span: the field itself when it lies in one segment, else a copy into scratch,
    /// which must be at least as long as the field.
    /// </summary>
    public static ReadOnlySpan<byte> Contiguous(ReadOnlySequence<byte> field, Span<byte> scratch)
    {
        if (field.IsSingleSegment)
        {
            return field.FirstSpan;
        }

        var copy = scratch[..(int)field.Length];
        field.CopyTo(copy);
        return copy;
    }

    /// <summary>The first bytes of the buffer, at most scratch.Length of them, as one span.</summary>
    public static ReadOnlySpan<byte> Head(ReadOnlySequence<byte> buffer, Span<byte> scratch) =>
        Contiguous(buffer.Slice(0, Math.Min(buffer.Length, scratch.Length)), scratch);
}
