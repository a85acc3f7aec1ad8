namespace TcpRouting.Model;

/// <summary>
/// An active health check of a backend's endpoints (Traefik v3.6 TCPServerHealthCheck, plus HTTP checks, TLS,
/// rise/fall and fail-open). Every field is a value, so equal checks compare equal: one checker runs per
/// distinct endpoint and check, shared by every route that names it.
/// </summary>
/// <param name="Interval">Time between checks of an endpoint that is up (Traefik default 30s).</param>
/// <param name="UnhealthyInterval">Time between checks of an endpoint that is down (Traefik: the interval when unset).</param>
/// <param name="Timeout">Bound on one whole check: connect, TLS, send and the answer (Traefik default 5s).</param>
/// <param name="Rise">Consecutive passes that bring a down endpoint back (HAProxy rise).</param>
/// <param name="Fall">Consecutive failures that take an up endpoint out (HAProxy fall).</param>
/// <param name="Port">Port to check instead of the endpoint's own (e.g. a Patroni REST API on 8008).</param>
/// <param name="SendHex">Bytes written after connecting, as lower-case hex (hex keeps the record a value); empty for none.</param>
/// <param name="ExpectHex">Bytes the answer must start with, as lower-case hex; empty for none.</param>
/// <param name="Http">An HTTP GET instead of send/expect, when set.</param>
/// <param name="Tls">Speak TLS to the checked port, when set.</param>
/// <param name="FailOpen">When every endpoint fails: true sends to all of them anyway, false (default) refuses new connections.</param>
public sealed record HealthCheck(
    TimeSpan Interval,
    TimeSpan UnhealthyInterval,
    TimeSpan Timeout,
    int Rise,
    int Fall,
    int? Port,
    string SendHex,
    string ExpectHex,
    HttpHealthCheck? Http,
    HealthCheckTls? Tls,
    bool FailOpen)
{
    /// <summary>Traefik's defaults for interval and timeout; rise and fall 1, as Traefik (one result decides).</summary>
    public static HealthCheck Default { get; } = new(
        TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(5), 1, 1, null, string.Empty, string.Empty, null, null, false);

    /// <summary>"http" or "tcp", for metrics and logs.</summary>
    public string Kind => Http is null ? "tcp" : "http";
}
