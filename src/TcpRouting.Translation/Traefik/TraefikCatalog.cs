namespace TcpRouting.Translation.Traefik;

/// <summary>
/// The Traefik objects of a snapshot (traefik.io/v1alpha1 and the legacy traefik.containo.us/v1alpha1) by kind,
/// namespace and name; the first in snapshot order wins when the two groups hold the same name.
/// </summary>
internal sealed class TraefikCatalog
{
    public const string IngressRouteTcp = "IngressRouteTCP";
    public const string MiddlewareTcp = "MiddlewareTCP";
    public const string TlsOption = "TLSOption";
    public const string TlsStore = "TLSStore";
    public const string ServersTransportTcp = "ServersTransportTCP";
    private const string ProviderSuffix = "@kubernetescrd";

    private static readonly HashSet<string> Kinds = [IngressRouteTcp, MiddlewareTcp, TlsOption, TlsStore, ServersTransportTcp];

    private readonly Dictionary<(string Kind, string Namespace, string Name), KubeObject> _byKey = [];

    public TraefikCatalog(IEnumerable<KubeObject> objects)
    {
        foreach (var o in objects.Where(IsTraefik))
        {
            All.Add(o);
            _byKey.TryAdd((o.Kind, o.Namespace, o.Name), o);
        }
    }

    /// <summary>Every Traefik object, in snapshot order.</summary>
    public List<KubeObject> All { get; } = [];

    public static bool IsTraefik(KubeObject o) =>
        o.Group is "traefik.io" or "traefik.containo.us" && o.Version == "v1alpha1" && Kinds.Contains(o.Kind);

    public KubeObject? Find(string kind, string @namespace, string name) => _byKey.GetValueOrDefault((kind, @namespace, name));

    public IEnumerable<KubeObject> OfKind(string kind) => All.Where(o => o.Kind == kind);

    /// <summary>
    /// Resolves a reference as Traefik writes it: "name" (with an optional namespace field, else the referrer's),
    /// "name@kubernetescrd", or the provider-qualified "&lt;namespace&gt;-&lt;name&gt;@kubernetescrd".
    /// </summary>
    /// <returns>The namespace and name meant; <paramref name="error"/> when another provider is named.</returns>
    public (string Namespace, string Name) Reference(string kind, string reference, string? @namespace, string referrerNamespace, out string? error)
    {
        error = null;
        var at = reference.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return (string.IsNullOrEmpty(@namespace) ? referrerNamespace : @namespace, reference);
        }

        if (!reference.EndsWith(ProviderSuffix, StringComparison.Ordinal))
        {
            error = $"\"{reference}\" names another provider; only {ProviderSuffix} references are served";
            return (referrerNamespace, reference);
        }

        var qualified = reference[..at];
        if (!string.IsNullOrEmpty(@namespace) || Find(kind, referrerNamespace, qualified) is not null)
        {
            return (string.IsNullOrEmpty(@namespace) ? referrerNamespace : @namespace, qualified);
        }

        // "<ns>-<name>": both parts may hold dashes, so take the split whose object exists.
        for (var dash = qualified.IndexOf('-', StringComparison.Ordinal); dash > 0; dash = qualified.IndexOf('-', dash + 1))
        {
            var (ns, name) = (qualified[..dash], qualified[(dash + 1)..]);
            if (Find(kind, ns, name) is not null)
            {
                return (ns, name);
            }
        }

        return (referrerNamespace, qualified);
    }
}
