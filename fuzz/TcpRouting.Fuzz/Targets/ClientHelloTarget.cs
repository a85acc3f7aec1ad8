using System.Buffers;
using TcpRouting.Fuzz.Support;
using TcpRouting.Proxy.Protocols;

namespace TcpRouting.Fuzz.Targets;

/// <summary>
/// ClientHelloReader.TryRead, the first bytes of any client on a peeking listener. Besides never throwing:
/// the outcome does not depend on how the bytes were segmented; Done carries a lower-case DNS name and
/// non-empty ALPN names and never claims more bytes than there are; a buffer as long as the cap is decided;
/// and a decision made on a prefix is the decision on the whole input (NeedMoreData only while consistent).
/// </summary>
internal static class ClientHelloTarget
{
    private const int Cap = 64 * 1024; // ListenerOptions.Default.MaxClientHelloBytes

    // ALPN names are Latin-1 (one char per byte), so no name holds this char.
    private const char AlpnSeparator = '\u0100';

    public static void Run(byte[] data)
    {
        var whole = Read(Segments.Whole(data), Cap);
        Check.That(whole == Read(Segments.Bytewise(data), Cap), $"one byte per segment gives {whole} too");
        Check.That(whole == Read(Segments.Thirds(data), Cap), $"three segments give {whole} too");
        Check.That((whole.Status == PeekStatus.Done) == (whole.ServerName != "-"), "Done, and only Done, carries a ClientHelloInfo");
        Check.That(whole.Examined <= data.Length, "BytesExamined is within the buffer");
        Check.That(whole.ServerName is "-" or null || IsLowerDnsName(whole.ServerName), "the server name is a lower-case DNS name");
        Check.That(whole.AlpnNamesNonEmpty, "ALPN names are not empty");
        Check.That(Read(Segments.Whole(data), data.Length).Status != PeekStatus.NeedMoreData, "a buffer that reaches the cap is decided");

        foreach (var length in Prefixes.Of(data.Length))
        {
            var prefix = Read(Segments.Whole(data[..length]), Cap);
            Check.That(prefix.Status == PeekStatus.NeedMoreData || SameDecision(prefix, whole), $"prefix of {length} bytes decided {prefix.Status}, the whole input {whole.Status}");
        }
    }

    private static Outcome Read(ReadOnlySequence<byte> buffer, int cap)
    {
        var status = ClientHelloReader.TryRead(buffer, cap, out var info);
        return info is null
            ? new Outcome(status, "-", string.Empty, 0, true)
            : new Outcome(status, info.ServerName, string.Join(AlpnSeparator, info.AlpnProtocols), info.BytesExamined, info.AlpnProtocols.All(n => n.Length > 0));
    }

    // Invalid and TooLarge both end the connection (ConnectionPeeker), so either may be seen first.
    private static bool SameDecision(Outcome prefix, Outcome whole) =>
        prefix == whole || (IsRefusal(prefix.Status) && IsRefusal(whole.Status));

    private static bool IsRefusal(PeekStatus status) => status is PeekStatus.Invalid or PeekStatus.TooLarge;

    private static bool IsLowerDnsName(string name) =>
        name.Length is > 0 and <= 253 && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.')
        && !name.StartsWith('.') && !name.EndsWith('.') && !name.Contains("..", StringComparison.Ordinal);

    /// <summary>What TryRead answered, comparable by value ("-" for no ClientHelloInfo).</summary>
    private sealed record Outcome(PeekStatus Status, string? ServerName, string Alpn, long Examined, bool AlpnNamesNonEmpty);
}
