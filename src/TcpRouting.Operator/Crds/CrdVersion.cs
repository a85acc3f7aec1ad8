namespace TcpRouting.Operator.Crds;

/// <summary>One served version of a kind; every version of a kind shares the schema (conversion strategy None).</summary>
internal sealed record CrdVersion(string Name, bool Storage = true, string? DeprecationWarning = null);
