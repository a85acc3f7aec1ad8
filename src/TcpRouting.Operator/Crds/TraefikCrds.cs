using System.Collections.Immutable;

namespace TcpRouting.Operator.Crds;

/// <summary>Traefik's TCP kinds in traefik.io and the legacy traefik.containo.us group.</summary>
internal static class TraefikCrds
{
    public static ImmutableArray<CrdDefinition> All { get; } = [];
}
