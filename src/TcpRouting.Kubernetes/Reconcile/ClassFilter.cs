using System.Text.Json;
using TcpRouting.Kubernetes.Discovery;

namespace TcpRouting.Kubernetes.Reconcile;

/// <summary>
/// Which objects are ours: Traefik and Kong objects name their class in the kubernetes.io/ingress.class
/// annotation or spec.ingressClassName; an object with our class or no class is ours, one of another class is
/// left alone entirely (no route, no status, no Event). Gateway API selects by GatewayClass controllerName in
/// translation; core objects are always read.
/// </summary>
internal static class ClassFilter
{
    public const string Annotation = "kubernetes.io/ingress.class";

    public static bool IsOurs(KubeObject o, KindFamily family, string ourClass) =>
        ClassOf(o, family) is not { Length: > 0 } named || string.Equals(named, ourClass, StringComparison.Ordinal);

    /// <summary>The class an object names (annotation first, as Traefik and Kong read it), or null.</summary>
    public static string? ClassOf(KubeObject o, KindFamily family) =>
        family is KindFamily.Core or KindFamily.GatewayApi ? null
        : o.Annotation(Annotation) is { Length: > 0 } a ? a
        : IngressClassName(o);

    private static string? IngressClassName(KubeObject o) =>
        o.Json.ValueKind == JsonValueKind.Object && o.Json.TryGetProperty("spec", out var spec) && spec.ValueKind == JsonValueKind.Object
        && spec.TryGetProperty("ingressClassName", out var name) && name.ValueKind == JsonValueKind.String
            ? name.GetString()
            : null;
}
