namespace TcpRouting.Proxy.Tests.Protocols;

/// <summary>Writes TLS presentation-language fields (RFC 8446 section 3) for building test messages.</summary>
internal sealed class TlsWriter
{
    private readonly List<byte> _bytes = [];

    public TlsWriter U8(int value)
    {
        _bytes.Add((byte)value);
        return this;
    }

    public TlsWriter U16(int value) => U8(value >> 8).U8(value);

    public TlsWriter U24(int value) => U8(value >> 16).U16(value & 0xFFFF);

    public TlsWriter Raw(ReadOnlySpan<byte> bytes)
    {
        _bytes.AddRange(bytes.ToArray());
        return this;
    }

    public TlsWriter Vector8(byte[] body) => U8(body.Length).Raw(body);

    public TlsWriter Vector16(byte[] body) => U16(body.Length).Raw(body);

    public byte[] ToArray() => [.. _bytes];
}
