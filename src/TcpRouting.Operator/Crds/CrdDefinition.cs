using System.Collections.Immutable;

namespace TcpRouting.Operator.Crds;

/// <summary>
/// What one CustomResourceDefinition says beyond the spec type: names, scope, versions, status and columns.
/// The schema itself comes from <see cref="SpecType"/> (and <see cref="StatusType"/>) through <see cref="StructuralSchemaExporter"/>.
/// </summary>
/// <param name="StatusType">The status shape; null means the kind has no status subresource (TLSStore, ReferenceGrant).</param>
internal sealed record CrdDefinition(
    string Group,
    string Kind,
    string Plural,
    bool ClusterScoped,
    ImmutableArray<CrdVersion> Versions,
    Type SpecType,
    Type? StatusType,
    ImmutableArray<PrinterColumn> Columns,
    string Description)
{
    public string Singular => Kind.ToLowerInvariant();

    public string Name => $"{Plural}.{Group}";

    public ImmutableArray<string> ShortNames { get; init; } = [];

    public ImmutableArray<string> Categories { get; init; } = [];

    /// <summary>Traefik v2's group: installed only on request, since kubectl resolves a plural such as
    /// `ingressroutetcps` to one group only, and with both installed it picked the legacy one.</summary>
    public bool IsLegacy => Group == CrdGroups.TraefikLegacy;
}
