using TcpRouting.Translation;

namespace TcpRouting.Operator.Loading;

/// <summary>
/// The same kind, namespace and name declared twice in the files given: on a cluster the second `apply` replaces
/// the first, so a folder that holds both means two different things. Each repeat becomes one problem line.
/// </summary>
internal static class DuplicateObjects
{
    public static IEnumerable<string> Of(ManifestSet manifests) => manifests.Objects
        .GroupBy(o => (o.Kind, o.Namespace, o.Name))
        .Where(g => g.Count() > 1)
        .SelectMany(g => g.Skip(1).Select(again =>
            $"{Where(again.Location)}: {g.Key.Kind} {g.Key.Namespace}/{g.Key.Name}: metadata.name: declared again (first at {Where(g.First().Location)}); only one object of a kind, namespace and name can exist"));

    private static string Where(SourceLocation? location) => location is null ? "(unknown)" : $"{location.File}:{location.Line}";
}
