using System.Collections.Immutable;
using System.Text.Json;

namespace TcpRouting.Kubernetes.Client;

/// <summary>One page of a list: items (with apiVersion and kind filled in), the list's resourceVersion and the continue token.</summary>
public sealed record KubeList(ImmutableArray<JsonElement> Items, string ResourceVersion, string? Continue);
