namespace TcpRouting.Model;

/// <summary>TLS for a health check. Values only (PEMs joined in one string), so checks stay comparable.</summary>
/// <param name="ServerName">SNI and name to verify; the endpoint host when null.</param>
/// <param name="RootCasPem">Trust anchors, PEM blocks one after another; empty means the system store.</param>
public sealed record HealthCheckTls(string? ServerName, bool InsecureSkipVerify, string RootCasPem);
