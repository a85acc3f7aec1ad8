using System.Buffers;
using TcpRouting.Proxy.Protocols;

namespace TcpRouting.Fuzz.Support;

/// <summary>
/// What both PROXY header parsers promise (haproxy proxy-protocol.txt): never throw; the same outcome however
/// the bytes are segmented, and the same as ProxyProtocolReader's, which dispatches on the first byte; Done,
/// and only Done, gives a header of this version no longer than the buffer; a buffer holding everything the
/// header could need is decided; a decision on a prefix is the decision on the whole; and what it parsed
/// survives our own writer (write, parse, write gives the same bytes).
/// </summary>
internal static class ProxyHeaderProperties
{
    public delegate PeekStatus Parser(in ReadOnlySequence<byte> buffer, out ProxyHeader? header);

    /// <param name="complete">True when the bytes hold all a header could need, so NeedMoreData would stall the peer.</param>
    public static void Check(byte[] data, int version, Parser parse, Func<byte[], bool> complete)
    {
        var whole = Read(parse, Segments.Whole(data));
        Support.Check.That(whole == Read(parse, Segments.Bytewise(data)), $"one byte per segment gives {whole} too");
        Support.Check.That(whole == Read(parse, Segments.Thirds(data)), $"three segments give {whole} too");
        Support.Check.That(whole == Read(ProxyProtocolReader.TryRead, Segments.Whole(data)) || DispatchesElsewhere(data, version), "ProxyProtocolReader agrees");
        Support.Check.That((whole.Status == PeekStatus.Done) == (whole.Header is not null), "Done, and only Done, carries a header");
        Support.Check.That(whole.Header is null || (whole.Header.Version == version && whole.Header.Length <= data.Length && whole.Header.Length > 0), "the header is of this version and within the buffer");
        Support.Check.That((whole.Header?.Source is null) == (whole.Header?.Destination is null), "source and destination come together");
        Support.Check.That(whole.Status != PeekStatus.NeedMoreData || !complete(data), "a buffer that holds a whole header is decided");

        foreach (var length in Prefixes.Of(data.Length))
        {
            var prefix = Read(parse, Segments.Whole(data[..length]));
            Support.Check.That(prefix.Status == PeekStatus.NeedMoreData || prefix.Status == whole.Status, $"prefix of {length} bytes decided {prefix.Status}, the whole input {whole.Status}");
        }

        if (whole.Header is { Source: { } source, Destination: { } destination })
        {
            var written = ProxyProtocolWriter.Write(version, source, destination);
            var again = Read(parse, Segments.Whole(written));
            Support.Check.That(again.Header is { Source: { } s, Destination: { } d } && ProxyProtocolWriter.Write(version, s, d).AsSpan().SequenceEqual(written), "what was parsed survives write, parse, write");
        }
    }

    private static bool DispatchesElsewhere(byte[] data, int version) =>
        data.Length > 0 && data[0] != (version == 1 ? (byte)'P' : (byte)0x0D);

    private static Outcome Read(Parser parse, ReadOnlySequence<byte> buffer)
    {
        var status = parse(buffer, out var header);
        return new Outcome(status, header);
    }

    private sealed record Outcome(PeekStatus Status, ProxyHeader? Header);
}
