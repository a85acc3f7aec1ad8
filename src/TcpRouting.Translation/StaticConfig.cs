using System.Collections.Immutable;

namespace TcpRouting.Translation;

/// <summary>The static configuration (`--config FILE`): entry points by name, with their listener options.</summary>
public sealed record StaticConfig(ImmutableArray<EntryPointConfig> EntryPoints)
{
    public static StaticConfig Empty { get; } = new([]);

    /// <summary>providers.kubernetesCRD.allowCrossNamespace: routes may name Services, middlewares and options in other
    /// namespaces. False by default, as in Traefik.</summary>
    public bool AllowCrossNamespace { get; init; }

    /// <summary>providers.kubernetesCRD.allowExternalNameServices: backends may be ExternalName Services. False by default,
    /// as in Traefik: otherwise anyone who may create a Service and a route reaches any name the proxy can resolve
    /// (localhost, a node, a metadata address, another namespace's Service), around allowCrossNamespace.</summary>
    public bool AllowExternalNameServices { get; init; }

    public EntryPointConfig? Find(string name) => EntryPoints.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.Ordinal));
}

/// <summary>One entry point: a name, an address (":5432", "127.0.0.1:9443", "[::]:443") and options.</summary>
public sealed record EntryPointConfig(string Name, string Address, ListenerOptions Options);
