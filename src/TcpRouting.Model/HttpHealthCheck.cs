namespace TcpRouting.Model;

/// <summary>An HTTP/1.1 GET whose status line must carry <paramref name="ExpectedStatus"/> (Patroni: GET /primary
/// answers 200 only on the leader, https://patroni.readthedocs.io/en/latest/rest_api.html).</summary>
/// <param name="Host">Host header; the endpoint host when null.</param>
public sealed record HttpHealthCheck(string Path, int ExpectedStatus, string? Host);
