using System.Buffers;
using System.Runtime.CompilerServices;
using FluentAssertions;
using TcpRouting.Proxy.Protocols;

namespace TcpRouting.Proxy.Tests.Protocols;

/// <summary>
/// The AFL corpus kept in fuzz/corpus (fuzz/README.md) as a regression suite: every input the fuzzer found
/// interesting still parses without throwing, to the same outcome in one segment and in one byte per segment.
/// </summary>
public sealed class FuzzCorpusTests
{
    private const int Cap = 64 * 1024;

    public static TheoryData<string> Targets => ["client-hello", "proxy-v1", "proxy-v2", "postgres"];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Every_corpus_input_is_decided_alike_however_segmented(string target)
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryRoot(), "fuzz", "corpus", target));
        files.Should().NotBeEmpty("the corpus of {0} is kept in the repository", target);

        var differing = files
            .Select(file => (file, data: File.ReadAllBytes(file)))
            .Where(input => Outcome(target, new ReadOnlySequence<byte>(input.data)) != Outcome(target, SegmentedSequence.Bytewise(input.data)))
            .Select(input => Path.GetFileName(input.file));

        differing.Should().BeEmpty();
    }

    private static string Outcome(string target, ReadOnlySequence<byte> buffer)
    {
        switch (target)
        {
            case "client-hello":
                var hello = ClientHelloReader.TryRead(buffer, Cap, out var info);
                return $"{hello} {info?.ServerName} {string.Join(',', info?.AlpnProtocols ?? [])} {info?.BytesExamined}";
            case "postgres":
                var request = PostgresSslRequest.TryRead(buffer);
                return request == PeekStatus.Done ? $"{request} then {Outcome("client-hello", buffer.Slice(PostgresSslRequest.Length))}" : $"{request}";
            default:
                var proxy = ProxyProtocolReader.TryRead(buffer, out var header);
                return $"{proxy} {header}";
        }
    }

    private static string RepositoryRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
