using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>The namespaces a listener accepts routes from.</summary>
public sealed class RouteNamespaces
{
    [Description("All, Same (the default) or Selector.")]
    public FromNamespaces? From { get; init; }

    [Description("Namespace label selector, used when from is Selector.")]
    public LabelSelector? Selector { get; init; }
}
