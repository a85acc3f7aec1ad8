namespace TcpRouting.Kubernetes.Client;

/// <param name="Limit">Page size; the server returns a continue token when more remain.</param>
/// <param name="FieldSelector">e.g. "type=kubernetes.io/tls".</param>
public sealed record KubeListOptions(int? Limit = null, string? Continue = null, string? FieldSelector = null, string? LabelSelector = null, string? ResourceVersion = null);
