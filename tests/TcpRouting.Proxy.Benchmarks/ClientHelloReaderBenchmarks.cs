using System.Buffers;
using BenchmarkDotNet.Attributes;
using TcpRouting.Proxy.Protocols;
using TcpRouting.Proxy.Tests.Protocols;

namespace TcpRouting.Proxy.Benchmarks;

/// <summary>
/// ClientHelloReader runs once per TLS connection. Allocated bytes should be the result only (the info,
/// the server name and the ALPN array); the two-record case parses from a pooled copy.
/// BenchmarkDotNet needs the class public and unsealed.
/// </summary>
[MemoryDiagnoser]
public class ClientHelloReaderBenchmarks
{
    private const int Cap = 16 * 1024;
    private ReadOnlySequence<byte> _small;
    private ReadOnlySequence<byte> _postQuantum;
    private ReadOnlySequence<byte> _postQuantumSplit;
    private ReadOnlySequence<byte> _postQuantumTwoRecords;

    [GlobalSetup]
    public void Setup()
    {
        var small = new ClientHelloBuilder { Alpn = ["h2", "http/1.1"] }.Build();
        var postQuantum = new ClientHelloBuilder { Alpn = ["h2", "http/1.1"], PostQuantumKeyShare = true }.Build();
        var twoRecords = new ClientHelloBuilder { Alpn = ["h2", "http/1.1"], PostQuantumKeyShare = true, MaxFragmentLength = 1000 }.Build();
        _small = new ReadOnlySequence<byte>(small);
        _postQuantum = new ReadOnlySequence<byte>(postQuantum);

        // As a PipeReader hands it out after two reads: one MSS-sized segment and the rest.
        _postQuantumSplit = SegmentedSequence.Split(postQuantum, 1448);
        _postQuantumTwoRecords = new ReadOnlySequence<byte>(twoRecords);
    }

    [Benchmark(Baseline = true, Description = "small hello, one segment")]
    public ClientHelloInfo? Small() => Read(_small);

    [Benchmark(Description = "1.8 KB PQ hello, one segment")]
    public ClientHelloInfo? PostQuantum() => Read(_postQuantum);

    [Benchmark(Description = "1.8 KB PQ hello, two segments")]
    public ClientHelloInfo? PostQuantumSplit() => Read(_postQuantumSplit);

    [Benchmark(Description = "1.8 KB PQ hello, two records")]
    public ClientHelloInfo? PostQuantumTwoRecords() => Read(_postQuantumTwoRecords);

    private static ClientHelloInfo? Read(in ReadOnlySequence<byte> buffer) =>
        ClientHelloReader.TryRead(buffer, Cap, out var info) == PeekStatus.Done ? info : throw new InvalidOperationException("the benchmark hello did not parse");
}
