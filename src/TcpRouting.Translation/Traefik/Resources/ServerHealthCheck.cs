using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using TcpRouting.Translation.Core;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>
/// Active health check of a Service's endpoints: Traefik v3.6's TCPServerHealthCheck fields (port, send, expect,
/// interval, unhealthyInterval, timeout) plus ours (sendHex/expectHex, http, tls, rise, fall, failOpen). Also the
/// value of the Service annotation tcprouting.io/health-check, for Gateway API, Kong and ngrok routes.
/// </summary>
public sealed class ServerHealthCheck
{
    [Description("Port to check instead of the endpoint's own, e.g. a Patroni REST API on 8008.")]
    [Range(1, 65535)]
    public int? Port { get; set; }

    [Description("Text written after connecting (Traefik send).")]
    public string? Send { get; set; }

    [Description("Text the answer must start with (Traefik expect).")]
    public string? Expect { get; set; }

    [Description("Bytes written after connecting, as hex (instead of send), e.g. 0000000804d2162f.")]
    public string? SendHex { get; set; }

    [Description("Bytes the answer must start with, as hex (instead of expect).")]
    public string? ExpectHex { get; set; }

    [Description("Time between checks of a passing endpoint: a duration such as 10s, or whole seconds. Default 30s.")]
    public IntOrString? Interval { get; set; }

    [Description("Time between checks of a failing endpoint; the interval when omitted.")]
    public IntOrString? UnhealthyInterval { get; set; }

    [Description("Bound on one check (connect, TLS, send and answer). Default 5s.")]
    public IntOrString? Timeout { get; set; }

    [Description("An HTTP GET whose status must match, instead of send/expect (e.g. Patroni GET /primary).")]
    public HttpServerHealthCheck? Http { get; set; }

    [Description("Check over TLS (with the serversTransport's TLS settings). Default: as the Service is dialled, for checks on its own port.")]
    public bool? Tls { get; set; }

    [Description("Consecutive passes that bring a failing endpoint back. Default 1.")]
    [Range(1, 100)]
    public int? Rise { get; set; }

    [Description("Consecutive failures that take a passing endpoint out. Default 1.")]
    [Range(1, 100)]
    public int? Fall { get; set; }

    [Description("When every endpoint fails: true sends new connections to all of them anyway; false (default) refuses them.")]
    public bool? FailOpen { get; set; }
}
