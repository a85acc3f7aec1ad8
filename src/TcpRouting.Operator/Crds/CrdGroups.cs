namespace TcpRouting.Operator.Crds;

/// <summary>The API groups we serve CRDs for.</summary>
internal static class CrdGroups
{
    public const string Traefik = "traefik.io";

    /// <summary>Traefik's group before v3 (still read by Traefik v3 with a deprecation warning).</summary>
    public const string TraefikLegacy = "traefik.containo.us";

    public const string Kong = "configuration.konghq.com";

    public const string Ngrok = "ngrok.k8s.ngrok.com";
}
