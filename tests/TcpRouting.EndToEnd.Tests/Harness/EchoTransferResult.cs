namespace TcpRouting.EndToEnd.Tests.Harness;

internal sealed record EchoTransferResult(long Sent, long Received, byte[] SentHash, byte[] ReceivedHash);
