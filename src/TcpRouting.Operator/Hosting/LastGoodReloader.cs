using System.Collections.Immutable;
using TcpRouting.Operator.Loading;
using TcpRouting.Translation;
using TcpRouting.Translation.Status;

namespace TcpRouting.Operator.Hosting;

/// <summary>
/// Translates the manifests folder on every change, keeping the last good version of each object: when an edit
/// breaks an object (a YAML error in its document, or a spec its status rejects), the version that last translated
/// cleanly is served instead, so a typo never takes a working route down. Objects removed from the folder go away.
/// </summary>
internal sealed class LastGoodReloader(StaticConfig config, string gatewayControllerName)
{
    private Dictionary<SourceRef, KubeObject> _lastGood = [];
    private Dictionary<string, ImmutableArray<SourceRef>> _fileObjects = new(StringComparer.Ordinal);

    public ReloadOutcome Reload(ManifestSet manifests)
    {
        var kept = new List<SourceRef>();
        var objects = new List<KubeObject>();
        var fileObjects = new Dictionary<string, ImmutableArray<SourceRef>>(StringComparer.Ordinal);
        foreach (var file in manifests.Files)
        {
            objects.AddRange(file.Objects);
            var refs = file.Objects.Select(o => o.Ref).ToList();
            if (!file.Errors.IsEmpty && _fileObjects.TryGetValue(file.Path, out var before))
            {
                // Documents that no longer parse drop out of the read: serve what they last were.
                foreach (var missing in before.Except(refs).Where(_lastGood.ContainsKey))
                {
                    objects.Add(_lastGood[missing]);
                    refs.Add(missing);
                    kept.Add(missing);
                }
            }

            fileObjects[file.Path] = [.. refs];
        }

        var first = ManifestTranslation.Translate(objects, config, gatewayControllerName);
        var rejected = first.Statuses.Where(s => !s.IsAccepted).GroupBy(s => s.Object).ToDictionary(g => g.Key, g => g.First());
        var substituted = objects
            .Select((o, i) => (Object: o, Index: i))
            .Where(x => rejected.ContainsKey(x.Object.Ref) && _lastGood.TryGetValue(x.Object.Ref, out var good) && !SameSpec(good, x.Object))
            .ToList();
        foreach (var (obj, index) in substituted)
        {
            objects[index] = _lastGood[obj.Ref];
            kept.Add(obj.Ref);
        }

        var final = substituted.Count == 0 ? first : ManifestTranslation.Translate(objects, config, gatewayControllerName);
        Remember(objects, final);
        _fileObjects = fileObjects;

        // Report each object as the files now say it is, even when its last good version is served.
        var statuses = final.Statuses.Select(s => rejected.TryGetValue(s.Object, out var now) && kept.Contains(s.Object) ? now : s);
        var problems = manifests.Errors.Select(ProblemLines.Of).Concat(first.Statuses.SelectMany(ProblemLines.Of));
        return new ReloadOutcome(final with { Statuses = [.. statuses] }, [.. problems], [.. kept.Distinct()]);
    }

    private void Remember(List<KubeObject> objects, TranslationResult result)
    {
        var rejected = result.Statuses.Where(s => !s.IsAccepted).Select(s => s.Object).ToHashSet();
        var good = new Dictionary<SourceRef, KubeObject>();
        foreach (var obj in objects)
        {
            if (!rejected.Contains(obj.Ref))
            {
                good[obj.Ref] = obj;
            }
            else if (_lastGood.TryGetValue(obj.Ref, out var previous))
            {
                good[obj.Ref] = previous;
            }
        }

        _lastGood = good;
    }

    private static bool SameSpec(KubeObject a, KubeObject b) => string.Equals(a.Json.GetRawText(), b.Json.GetRawText(), StringComparison.Ordinal);
}
