namespace TcpRouting.EndToEnd.Tests.Harness;

/// <summary>How a connection ended as the client saw it: closed (FIN or RST) or still open at the deadline, and the bytes read.</summary>
internal sealed record CloseOutcome(bool Closed, bool Reset, long BytesReceived);
