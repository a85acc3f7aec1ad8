using System.ComponentModel;

namespace TcpRouting.Translation.Traefik.Resources;

/// <summary>One route of an IngressRouteTCP.</summary>
public sealed class RouteTcp
{
    [Description("Match defines the rule of the route, e.g. HostSNI(`db.example.com`) or ClientIP(`10.0.0.0/8`).")]
    public string? Match { get; set; }

    [Description("Priority defines the route priority; by default the length of the rule.")]
    public int? Priority { get; set; }

    [Description("Syntax defines the router rule syntax (v3 by default).")]
    public RouteSyntax? Syntax { get; set; }

    [Description("Services defines the list of TCP services the connections go to.")]
    public List<ServiceTcp>? Services { get; set; }

    [Description("Middlewares defines the list of MiddlewareTCP references applied to the route.")]
    public List<ObjectReference>? Middlewares { get; set; }
}
