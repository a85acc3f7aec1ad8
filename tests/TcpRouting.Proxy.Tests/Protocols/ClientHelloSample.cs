namespace TcpRouting.Proxy.Tests.Protocols;

/// <summary>A ClientHello as it arrives on the wire and what the reader must find in it.</summary>
internal sealed record ClientHelloSample(byte[] Bytes, string ServerName, IReadOnlyList<string> Alpn)
{
    public const string SslStream = "sslstream";
    public const string OpenSsl = "openssl";
    public const string PostQuantumTwoRecords = "post-quantum-two-records";
    public const string PostQuantumOneRecord = "post-quantum-one-record";

    public static readonly string[] Names = [SslStream, OpenSsl, PostQuantumTwoRecords, PostQuantumOneRecord];

    /// <summary>An X25519MLKEM768 hello of about 1.8 KB; split in records of 1000 bytes it takes two.</summary>
    public static ClientHelloBuilder PostQuantum(int maxFragmentLength) => new()
    {
        ServerName = "Api.Example.com",
        Alpn = ["h2", "http/1.1"],
        PostQuantumKeyShare = true,
        MaxFragmentLength = maxFragmentLength,
    };

    public static async Task<ClientHelloSample> GetAsync(string name) => name switch
    {
        SslStream => new(await ClientHelloCaptures.SslStreamHelloAsync(), "db.example.com", ClientHelloCaptures.SslStreamAlpn),
        OpenSsl => new(await ClientHelloCaptures.OpenSslHelloAsync(), "postgres.internal.example.com", ClientHelloCaptures.OpenSslAlpn),
        PostQuantumTwoRecords => new(PostQuantum(1000).Build(), "api.example.com", ["h2", "http/1.1"]),
        PostQuantumOneRecord => new(PostQuantum(1 << 14).Build(), "api.example.com", ["h2", "http/1.1"]),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such sample"),
    };
}
