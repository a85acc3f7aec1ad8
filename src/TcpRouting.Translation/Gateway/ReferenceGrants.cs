using TcpRouting.Translation.Gateway.Resources;

namespace TcpRouting.Translation.Gateway;

/// <summary>
/// The ReferenceGrants of the snapshot. A reference into another namespace is allowed only when a grant in the
/// target namespace trusts the referrer's group, kind and namespace for the target's group, kind and (optional) name
/// (Gateway API ReferenceGrant, https://gateway-api.sigs.k8s.io/api-types/referencegrant/).
/// </summary>
internal sealed class ReferenceGrants
{
    private readonly List<(string Namespace, ReferenceGrantSpec Spec)> _grants = [];

    public void Add(KubeObject grant, ReferenceGrantSpec spec) => _grants.Add((grant.Namespace, spec));

    public bool Permits(string fromKind, string fromNamespace, string toGroup, string toKind, string toNamespace, string toName)
    {
        if (fromNamespace == toNamespace)
        {
            return true;
        }

        foreach (var (ns, spec) in _grants)
        {
            if (ns == toNamespace
                && spec.From.Any(f => f.Group == GatewayApi.Group && f.Kind == fromKind && f.Namespace == fromNamespace)
                && spec.To.Any(t => t.Group == toGroup && t.Kind == toKind && (string.IsNullOrEmpty(t.Name) || t.Name == toName)))
            {
                return true;
            }
        }

        return false;
    }
}
