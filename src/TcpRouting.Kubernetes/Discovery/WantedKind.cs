using System.Collections.Immutable;

namespace TcpRouting.Kubernetes.Discovery;

/// <summary>A kind we read, with the (group, version) pairs it may be served at, most preferred first.</summary>
/// <param name="AllGroups">Watch it in every listed group that serves it (Traefik's two groups), not only the first.</param>
internal sealed record WantedKind(
    KindFamily Family,
    string Kind,
    string Plural,
    bool Namespaced,
    ImmutableArray<(string Group, string Version)> Candidates,
    bool AllGroups = false,
    string? FieldSelector = null);
