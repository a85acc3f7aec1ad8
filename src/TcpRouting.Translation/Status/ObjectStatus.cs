using System.Collections.Immutable;

namespace TcpRouting.Translation.Status;

/// <summary>
/// The translated status of one object. Traefik, Kong and ngrok kinds use <see cref="Conditions"/> (Ready,
/// Accepted, ResolvedRefs) and <see cref="Problems"/>; Gateway API kinds use the spec's own shape:
/// GatewayClass and Gateway conditions, Gateway <see cref="Listeners"/>, route <see cref="Parents"/>.
/// </summary>
/// <param name="Problems">Each thing wrong with the object, naming the field (for `validate` and Events).</param>
public sealed record ObjectStatus(
    SourceRef Object,
    string ApiVersion,
    long Generation,
    ImmutableArray<Condition> Conditions,
    ImmutableArray<Problem> Problems,
    ImmutableArray<ListenerStatus> Listeners,
    ImmutableArray<RouteParentStatus> Parents,
    SourceLocation? Location = null)
{
    /// <summary>Where the object is reachable (Gateway status.addresses, status.loadBalancer.ingress); filled on a
    /// cluster by the exposure step, empty otherwise.</summary>
    public ImmutableArray<StatusAddress> Addresses { get; init; } = [];

    public bool IsAccepted => Problems.IsDefaultOrEmpty;
}

/// <summary>One problem with an object: the field path (e.g. "spec.routes[0].match") and why.</summary>
public sealed record Problem(string Field, string Message);

/// <summary>Gateway status.listeners[] entry.</summary>
public sealed record ListenerStatus(string Name, int AttachedRoutes, ImmutableArray<RouteGroupKind> SupportedKinds, ImmutableArray<Condition> Conditions);

public sealed record RouteGroupKind(string Group, string Kind);

/// <summary>Route status.parents[] entry written by our controller.</summary>
public sealed record RouteParentStatus(ParentReference ParentRef, string ControllerName, ImmutableArray<Condition> Conditions);

/// <summary>A Gateway API parentRef as the route wrote it (group and kind omitted when defaulted).</summary>
public sealed record ParentReference(string? Group, string? Kind, string? Namespace, string Name, string? SectionName, int? Port);
