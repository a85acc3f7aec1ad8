using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace TcpRouting.Kubernetes.Client;

/// <summary>
/// One kubeconfig file read as plain YAML maps (https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/):
/// its named clusters, contexts and users, and the directory relative paths in it are resolved against.
/// </summary>
internal sealed record KubeconfigFile(
    string Path,
    string? CurrentContext,
    IReadOnlyDictionary<string, IReadOnlyDictionary<object, object?>> Clusters,
    IReadOnlyDictionary<string, IReadOnlyDictionary<object, object?>> Contexts,
    IReadOnlyDictionary<string, IReadOnlyDictionary<object, object?>> Users)
{
    public string Directory => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path)) ?? ".";

    public static KubeconfigFile Parse(string path, string yaml)
    {
        object? root;
        try
        {
            root = new DeserializerBuilder().Build().Deserialize<object?>(yaml);
        }
        catch (YamlException e)
        {
            throw new KubeconfigException($"kubeconfig {path}: not valid YAML at line {e.Start.Line}: {e.Message}", e);
        }

        var map = root as IDictionary<object, object?> ?? new Dictionary<object, object?>();
        return new KubeconfigFile(
            path,
            Scalar(map, "current-context"),
            Named(path, map, "clusters", "cluster"),
            Named(path, map, "contexts", "context"),
            Named(path, map, "users", "user"));
    }

    public static string? Scalar(IEnumerable<KeyValuePair<object, object?>> map, string key) =>
        map.FirstOrDefault(p => p.Key is string k && k == key).Value is string { Length: > 0 } s ? s : null;

    private static Dictionary<string, IReadOnlyDictionary<object, object?>> Named(string path, IDictionary<object, object?> map, string list, string inner)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<object, object?>>(StringComparer.Ordinal);
        if (!map.TryGetValue(list, out var value) || value is null)
        {
            return result;
        }

        if (value is not IList<object?> items)
        {
            throw new KubeconfigException($"kubeconfig {path}: {list} must be a list");
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not IDictionary<object, object?> item || Scalar(item, "name") is not { } name)
            {
                throw new KubeconfigException($"kubeconfig {path}: {list}[{i}].name is missing");
            }

            var body = item.TryGetValue(inner, out var b) && b is IDictionary<object, object?> d ? d : new Dictionary<object, object?>();
            result.TryAdd(name, body.AsReadOnly());
        }

        return result;
    }
}
