using System.Buffers;
using System.Buffers.Binary;
using System.Net;
using System.Text;
using FluentAssertions;
using TcpRouting.Proxy.Protocols;

namespace TcpRouting.Proxy.Tests.Protocols;

/// <summary>
/// Seeded random and mutated inputs, randomly segmented. A parser must never throw, and a buffer that
/// holds everything the parser could ask for must be decided, never NeedMoreData (a peer that sends such
/// bytes and then waits would otherwise hang the connection until its timeout).
/// </summary>
public sealed class ParserFuzzTests
{
    private const int Cases = 4000;

    [Fact]
    public void Client_hello_reader_decides_every_buffer_that_reaches_the_cap()
    {
        var random = new Random(1);
        var hello = ClientHelloSample.PostQuantum(700).Build();
        var failures = new List<string>();
        var seen = new HashSet<PeekStatus>();
        for (var i = 0; i < Cases; i++)
        {
            var bytes = (i % 3) switch
            {
                0 => RandomBytes(random, random.Next(0, 600)),
                1 => [22, 3, (byte)random.Next(0, 5), 0, (byte)random.Next(1, 200), 1, 0, 0, (byte)random.Next(0, 200), .. RandomBytes(random, random.Next(0, 400))],
                _ => Mutate(random, hello),
            };
            var buffer = RandomlySegmented(random, bytes);

            var status = ClientHelloReader.TryRead(buffer, bytes.Length, out var info);
            ClientHelloReader.TryRead(buffer, 1 << 16, out _);
            seen.Add(status);

            if (status == PeekStatus.NeedMoreData || (status == PeekStatus.Done) != (info is not null))
            {
                failures.Add($"case {i}: {status} for {Convert.ToHexString(bytes)}");
            }
            else if (info is not null && (info.BytesExamined > bytes.Length || !IsLowerDnsName(info.ServerName)))
            {
                failures.Add($"case {i}: {info} for {Convert.ToHexString(bytes)}");
            }
        }

        failures.Should().BeEmpty();
        seen.Should().BeEquivalentTo([PeekStatus.Done, PeekStatus.Invalid, PeekStatus.NotThisProtocol, PeekStatus.TooLarge], "the inputs reach every outcome");
    }

    [Fact]
    public void Proxy_protocol_reader_decides_every_complete_buffer()
    {
        var random = new Random(2);
        var written = new[]
        {
            ProxyProtocolWriter.Write(1, IPEndPoint.Parse("[2001:db8::1]:40000"), IPEndPoint.Parse("[2001:db8::2]:5432")),
            ProxyProtocolWriter.Write(2, IPEndPoint.Parse("192.168.0.1:56324"), IPEndPoint.Parse("10.0.0.7:443")),
        };
        var failures = new List<string>();
        var seen = new HashSet<PeekStatus>();
        for (var i = 0; i < Cases; i++)
        {
            var bytes = (i % 4) switch
            {
                0 => RandomBytes(random, random.Next(0, 200)),
                1 => [.. "PROXY "u8, .. RandomText(random, random.Next(0, 120))],
                2 => [0x0D, 0x0A, 0x0D, 0x0A, 0x00, 0x0D, 0x0A, 0x51, 0x55, 0x49, 0x54, 0x0A, .. RandomBytes(random, random.Next(0, 300))],
                _ => Mutate(random, written[random.Next(written.Length)]),
            };

            var status = ProxyProtocolReader.TryRead(RandomlySegmented(random, bytes), out var header);
            seen.Add(status);

            if ((status == PeekStatus.Done) != (header is not null) || (header is not null && header.Length > bytes.Length))
            {
                failures.Add($"case {i}: {status} {header} for {Convert.ToHexString(bytes)}");
            }
            else if (status == PeekStatus.NeedMoreData && IsComplete(bytes))
            {
                failures.Add($"case {i}: NeedMoreData for {Convert.ToHexString(bytes)}");
            }
        }

        failures.Should().BeEmpty();
        seen.Should().BeEquivalentTo([PeekStatus.Done, PeekStatus.Invalid, PeekStatus.NotThisProtocol, PeekStatus.NeedMoreData], "the inputs reach every outcome");
    }

    [Fact]
    public void Postgres_ssl_request_decides_every_eight_bytes()
    {
        var random = new Random(3);
        var failures = new List<string>();
        for (var i = 0; i < Cases; i++)
        {
            var bytes = i % 2 == 0 ? RandomBytes(random, random.Next(8, 40)) : Mutate(random, PostgresSslRequest.Bytes.ToArray());

            var status = PostgresSslRequest.TryRead(RandomlySegmented(random, bytes));

            var expected = bytes.Length < 8 ? (bytes.AsSpan().SequenceEqual(PostgresSslRequest.Bytes[..bytes.Length]) ? PeekStatus.NeedMoreData : PeekStatus.NotThisProtocol)
                : bytes.AsSpan(0, 8).SequenceEqual(PostgresSslRequest.Bytes) ? PeekStatus.Done : PeekStatus.NotThisProtocol;
            if (status != expected)
            {
                failures.Add($"case {i}: {status} for {Convert.ToHexString(bytes)}");
            }
        }

        failures.Should().BeEmpty();
    }

    /// <summary>Everything a PROXY header could need is there: 107 bytes for v1, the announced block for v2.</summary>
    private static bool IsComplete(byte[] bytes) => bytes switch
    {
        [(byte)'P', ..] => bytes.Length >= 107,
        [0x0D, ..] => bytes.Length >= 16 && bytes.Length >= 16 + BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(14)),
        _ => bytes.Length > 0,
    };

    private static bool IsLowerDnsName(string? name) =>
        name is null || name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.');

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] RandomText(Random random, int length) =>
        Encoding.ASCII.GetBytes(Enumerable.Range(0, length).Select(_ => "TCP46UNKOW0123456789abcdef.: \r\n"[random.Next(31)]).ToArray());

    /// <summary>A few bytes changed, and sometimes cut short or extended.</summary>
    private static byte[] Mutate(Random random, byte[] original)
    {
        var bytes = original.ToArray();
        for (var flips = random.Next(1, 5); flips > 0; flips--)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return random.Next(4) switch
        {
            0 => bytes[..random.Next(bytes.Length)],
            1 => [.. bytes, .. RandomBytes(random, random.Next(1, 50))],
            _ => bytes,
        };
    }

    private static ReadOnlySequence<byte> RandomlySegmented(Random random, byte[] bytes)
    {
        var cuts = Enumerable.Range(0, random.Next(0, 4)).Select(_ => random.Next(bytes.Length + 1)).Order().ToArray();
        return SegmentedSequence.Split(bytes, cuts);
    }
}
