using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>The HTTP form of a health check: GET path, the status that passes, and the Host header.</summary>
public sealed class HttpServerHealthCheck
{
    [Description("Path of the GET, starting with /, e.g. /primary.")]
    [Required]
    public string? Path { get; set; }

    [Description("Status that passes. Default 200.")]
    [Range(100, 599)]
    public int? ExpectedStatus { get; set; }

    [Description("Host header; the endpoint address when omitted.")]
    public string? Host { get; set; }
}
