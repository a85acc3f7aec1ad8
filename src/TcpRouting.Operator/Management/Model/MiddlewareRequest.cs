namespace TcpRouting.Operator.Management.Model;

/// <summary>One MiddlewareTCP to generate or apply.</summary>
/// <param name="SourceRanges">ipAllowList: IP addresses or CIDR ranges.</param>
/// <param name="Amount">inFlightConn: the most simultaneous connections per client IP.</param>
internal sealed record MiddlewareRequest(string Name, string Namespace, MiddlewareType Type, IReadOnlyList<string> SourceRanges, long? Amount);
