using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>The namespaces a listener accepts routes from.</summary>
public sealed class RouteNamespaces
{
    [Description("Same (when omitted): only the Gateway's namespace. All: any namespace. Selector: namespaces whose labels match selector.")]
    public FromNamespaces? From { get; init; }

    [Description("Labels a namespace must carry; read only when from is Selector.")]
    public LabelSelector? Selector { get; init; }
}
