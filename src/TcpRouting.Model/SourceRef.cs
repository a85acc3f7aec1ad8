namespace TcpRouting.Model;

/// <summary>The Kubernetes object a route, backend or middleware came from, for status, logs and metrics.</summary>
public sealed record SourceRef(string Kind, string Namespace, string Name)
{
    public override string ToString() => $"{Kind} {Namespace}/{Name}";
}
