using System.Text;

namespace TcpRouting.Proxy.Tests.Protocols;

/// <summary>
/// Builds synthetic ClientHellos (RFC 8446 section 4.1.2) in TLS records, shaped like a modern browser's:
/// with <see cref="PostQuantumKeyShare"/> the key_share carries an X25519MLKEM768 share (1216 bytes) as
/// well as X25519, and padding brings the hello to about 1.8 KB, more than one TCP segment on many paths.
/// Shared with the benchmarks project.
/// </summary>
internal sealed record ClientHelloBuilder
{
    public const int X25519MlKem768 = 0x11EC;
    public const int X25519 = 0x001D;

    public string? ServerName { get; init; } = "db.example.com";

    public IReadOnlyList<string> Alpn { get; init; } = [];

    public bool PostQuantumKeyShare { get; init; }

    public int SessionIdLength { get; init; } = 32;

    /// <summary>A TLS 1.0 style hello with no extensions block at all.</summary>
    public bool WithoutExtensions { get; init; }

    public IReadOnlyList<(int Type, byte[] Data)> ExtraExtensions { get; init; } = [];

    public int RecordVersion { get; init; } = 0x0301;

    /// <summary>Fragments longer than this go on in a next record.</summary>
    public int MaxFragmentLength { get; init; } = 1 << 14;

    public byte[] Build() => Records(Handshake(), MaxFragmentLength, RecordVersion);

    /// <summary>The handshake message: msg_type client_hello, a 24-bit length, the body.</summary>
    public byte[] Handshake()
    {
        var body = Body();
        return new TlsWriter().U8(1).U24(body.Length).Raw(body).ToArray();
    }

    public byte[] Body()
    {
        var hello = new TlsWriter()
            .U16(0x0303)
            .Raw(Pattern(32, 1))
            .Vector8(Pattern(SessionIdLength, 2))
            .Vector16(new TlsWriter().U16(0x1301).U16(0x1302).U16(0x1303).U16(0xC02B).U16(0xC02F).ToArray())
            .Vector8([0]);
        return WithoutExtensions ? hello.ToArray() : hello.Vector16(Extensions()).ToArray();
    }

    public static byte[] Records(byte[] handshake, int maxFragmentLength, int version = 0x0301)
    {
        var records = new TlsWriter();
        foreach (var fragment in handshake.Chunk(maxFragmentLength))
        {
            records.Raw(Record(22, version, fragment));
        }

        return records.ToArray();
    }

    public static byte[] Record(int contentType, int version, byte[] fragment) =>
        new TlsWriter().U8(contentType).U16(version).Vector16(fragment).ToArray();

    public static byte[] ServerNameData(params string[] hostNames)
    {
        var list = new TlsWriter();
        foreach (var name in hostNames)
        {
            list.U8(0).Vector16(Encoding.Latin1.GetBytes(name));
        }

        return new TlsWriter().Vector16(list.ToArray()).ToArray();
    }

    public static byte[] AlpnData(params string[] protocols)
    {
        var list = new TlsWriter();
        foreach (var protocol in protocols)
        {
            list.Vector8(Encoding.Latin1.GetBytes(protocol));
        }

        return new TlsWriter().Vector16(list.ToArray()).ToArray();
    }

    private byte[] Extensions()
    {
        var extensions = new TlsWriter();
        void Add(int type, byte[] data) => extensions.U16(type).Vector16(data);

        if (ServerName is not null)
        {
            Add(0, ServerNameData(ServerName));
        }

        Add(10, new TlsWriter().Vector16(new TlsWriter().U16(X25519MlKem768).U16(X25519).U16(0x0017).ToArray()).ToArray());
        if (Alpn.Count > 0)
        {
            Add(16, AlpnData([.. Alpn]));
        }

        Add(13, new TlsWriter().Vector16(new TlsWriter().U16(0x0403).U16(0x0804).U16(0x0401).ToArray()).ToArray());
        Add(43, new TlsWriter().Vector8(new TlsWriter().U16(0x0304).U16(0x0303).ToArray()).ToArray());
        var shares = new TlsWriter();
        if (PostQuantumKeyShare)
        {
            shares.U16(X25519MlKem768).Vector16(Pattern(1216, 3));
        }

        shares.U16(X25519).Vector16(Pattern(32, 4));
        Add(51, new TlsWriter().Vector16(shares.ToArray()).ToArray());
        foreach (var (type, data) in ExtraExtensions)
        {
            Add(type, data);
        }

        if (PostQuantumKeyShare)
        {
            Add(21, new byte[300]); // padding (RFC 7685), as browsers add
        }

        return extensions.ToArray();
    }

    private static byte[] Pattern(int length, int seed) =>
        Enumerable.Range(0, length).Select(i => (byte)((i * 31) + seed)).ToArray();
}
