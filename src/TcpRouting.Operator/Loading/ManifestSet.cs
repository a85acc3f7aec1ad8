using System.Collections.Immutable;
using TcpRouting.Translation;
using TcpRouting.Translation.Manifests;

namespace TcpRouting.Operator.Loading;

/// <summary>Every manifest file read from the paths given, in a stable (ordinal path) order.</summary>
internal sealed record ManifestSet(ImmutableArray<ManifestFile> Files)
{
    public IEnumerable<KubeObject> Objects => Files.SelectMany(f => f.Objects);

    public IEnumerable<ManifestError> Errors => Files.SelectMany(f => f.Errors);
}
