using System.ComponentModel;

namespace TcpRouting.Operator.Crds.Status;

/// <summary>
/// The status we write on Traefik, Kong and ngrok kinds: Accepted, ResolvedRefs and Ready conditions
/// (see TcpRouting.Translation.Status.CrdStatusBuilder). Upstream Traefik CRDs have no status; ours add one.
/// </summary>
[Description("Status written by the tcprouting operator.")]
internal sealed record ResourceStatusSchema
{
    [Description("The .metadata.generation the status was computed from.")]
    public long? ObservedGeneration { get; init; }

    [Description("Accepted (the spec is valid), ResolvedRefs (every reference exists) and Ready (both).")]
    public List<ConditionSchema>? Conditions { get; init; }
}
