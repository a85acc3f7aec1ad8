using System.Collections.Immutable;

namespace TcpRouting.Translation.Manifests;

/// <summary>Objects read from one YAML text, and what could not be read (each with its file:line).</summary>
public sealed record ManifestReadResult(ImmutableArray<KubeObject> Objects, ImmutableArray<ManifestError> Errors);

/// <summary>A document that is not valid YAML or not a Kubernetes object (no apiVersion, kind or metadata.name).</summary>
public sealed record ManifestError(SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location.File}:{Location.Line}: {Message}";
}
