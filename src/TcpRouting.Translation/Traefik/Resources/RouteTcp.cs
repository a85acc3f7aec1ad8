using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using TcpRouting.Translation.Rules;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>One route of an IngressRouteTCP.</summary>
public sealed class RouteTcp
{
    [Description("Which connections this route takes, in Traefik rule syntax, e.g. HostSNI(`db.example.com`) or ClientIP(`10.0.0.0/8`).")]
    [Required]
    [MaxLength(RuleLimits.MaxLength)]
    public string? Match { get; set; }

    [Description("Higher wins when several routes match; when omitted or 0, the rule's length, or -1 for HostSNI(`*`) alone.")]
    public int? Priority { get; set; }

    [Description("Rule language version, v3 (the default) or v2.")]
    public RouteSyntax? Syntax { get; set; }

    [Description("Services that receive the connections, shared by weight.")]
    public List<ServiceTcp>? Services { get; set; }

    [Description("MiddlewareTCP objects run on each connection before it is forwarded, in order.")]
    public List<ObjectReference>? Middlewares { get; set; }
}
