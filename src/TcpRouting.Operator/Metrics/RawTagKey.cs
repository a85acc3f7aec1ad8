using System.Globalization;

namespace TcpRouting.Operator.Metrics;

/// <summary>
/// Writes a measurement's tags, in the order given, into a char buffer: the key under which a series is found
/// again without building its sorted, escaped <see cref="LabelSet"/>. Each key and value is written after its
/// length (one char), so distinct tag sets always give distinct keys, whatever characters they hold.
/// </summary>
internal static class RawTagKey
{
    /// <returns>False when a value is neither text nor span-formattable, a text is longer than a char can count,
    /// or the buffer is too small: the caller then takes the slow path.</returns>
    public static bool TryWrite(ReadOnlySpan<KeyValuePair<string, object?>> tags, Span<char> buffer, out int written)
    {
        written = 0;
        foreach (var tag in tags)
        {
            if (!TryAppend(tag.Key, buffer, ref written) || !TryAppendValue(tag.Value, buffer, ref written))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryAppendValue(object? value, Span<char> buffer, ref int written)
    {
        switch (value)
        {
            case null:
                return TryAppend(string.Empty, buffer, ref written);
            case string s:
                return TryAppend(s, buffer, ref written);
            case ISpanFormattable f when written < buffer.Length:
                // The length goes before the text, so format first, one char further on, then fill it in.
                var start = written + 1;
                if (!f.TryFormat(buffer[start..], out var length, default, CultureInfo.InvariantCulture) || length > char.MaxValue)
                {
                    return false;
                }

                buffer[written] = (char)length;
                written = start + length;
                return true;
            default:
                return false;
        }
    }

    private static bool TryAppend(ReadOnlySpan<char> text, Span<char> buffer, ref int written)
    {
        if (text.Length > char.MaxValue || written + 1 + text.Length > buffer.Length)
        {
            return false;
        }

        buffer[written] = (char)text.Length;
        text.CopyTo(buffer[(written + 1)..]);
        written += 1 + text.Length;
        return true;
    }
}
