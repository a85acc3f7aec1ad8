namespace TcpRouting.Translation;

/// <summary>
/// The pure core: Kubernetes objects in, one immutable route table and a status for every object out.
/// Total: bad input never throws, it becomes a Problem on the object's status. Deterministic: objects are
/// taken in (creationTimestamp, namespace, name) order.
/// </summary>
public static class Translator
{
    public static TranslationResult Translate(ResourceSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        // Filled in by the translation work (issue 2).
        return new TranslationResult(RouteTable.Empty, []);
    }
}
