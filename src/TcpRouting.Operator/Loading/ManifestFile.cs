using System.Collections.Immutable;
using TcpRouting.Translation;
using TcpRouting.Translation.Manifests;

namespace TcpRouting.Operator.Loading;

/// <summary>What one manifest file held: its objects and the documents that could not be read.</summary>
internal sealed record ManifestFile(string Path, ImmutableArray<KubeObject> Objects, ImmutableArray<ManifestError> Errors);
