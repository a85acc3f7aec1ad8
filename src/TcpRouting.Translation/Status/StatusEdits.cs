using System.Collections.Immutable;

namespace TcpRouting.Translation.Status;

/// <summary>
/// Additions to a translated status after the translators ran (Service annotations, health results): a condition
/// goes where the object's kind keeps them, in its own conditions (Traefik, Kong, ngrok) or in each parent's
/// (Gateway API routes).
/// </summary>
public static class StatusEdits
{
    /// <summary>Adds <paramref name="condition"/>, replacing one of the same type.</summary>
    public static ObjectStatus WithCondition(ObjectStatus status, Condition condition)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(condition);
        static ImmutableArray<Condition> Put(ImmutableArray<Condition> conditions, Condition c) =>
            [.. (conditions.IsDefault ? [] : conditions).Where(x => x.Type != c.Type), c];

        return status.Parents.IsDefaultOrEmpty
            ? status with { Conditions = Put(status.Conditions, condition with { ObservedGeneration = status.Generation }) }
            : status with { Parents = [.. status.Parents.Select(p => p with { Conditions = Put(p.Conditions, condition with { ObservedGeneration = status.Generation }) })] };
    }

    /// <summary>A reference that does not resolve, found after translation: a problem, and ResolvedRefs and Ready false.</summary>
    public static ObjectStatus WithUnresolved(ObjectStatus status, Problem problem, string reason)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(problem);
        var said = $"{problem.Field}: {problem.Message}";
        var edited = status with { Problems = [.. status.Problems.IsDefault ? [] : status.Problems, problem] };
        edited = WithCondition(edited, new Condition("ResolvedRefs", "False", reason, said, status.Generation));
        return edited.Parents.IsDefaultOrEmpty && edited.Conditions.Any(c => c.Type == "Ready")
            ? WithCondition(edited, new Condition("Ready", "False", reason, said, status.Generation))
            : edited;
    }
}
