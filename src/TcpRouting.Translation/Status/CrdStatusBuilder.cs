using System.Collections.Immutable;

namespace TcpRouting.Translation.Status;

/// <summary>
/// Status of a Traefik, Kong or ngrok object in one vocabulary: Accepted (the spec is valid), ResolvedRefs
/// (every Service, Secret, middleware, entry point, option it names exists) and Ready (both). Each problem
/// names its field, and the condition message lists them, so `kubectl describe` says what is wrong.
/// </summary>
public sealed class CrdStatusBuilder(KubeObject source)
{
    private readonly List<Problem> _invalid = [];
    private string _invalidReason = "Invalid";
    private readonly List<(Problem Problem, string Reason)> _unresolved = [];

    /// <summary>The spec is wrong at <paramref name="field"/> (e.g. "spec.routes[0].match"): Accepted=False, reason Invalid.</summary>
    public CrdStatusBuilder Invalid(string field, string message) => Invalid(field, message, "Invalid");

    /// <summary>As <see cref="Invalid(string, string)"/> with a more precise reason (e.g. BadRule); the first invalid
    /// problem's reason is the Accepted and Ready reason.</summary>
    public CrdStatusBuilder Invalid(string field, string message, string reason)
    {
        if (_invalid.Count == 0)
        {
            _invalidReason = reason;
        }

        _invalid.Add(new Problem(field, message));
        return this;
    }

    /// <summary>A reference at <paramref name="field"/> does not resolve: ResolvedRefs=False with <paramref name="reason"/>
    /// (ServiceNotFound, SecretNotFound, MiddlewareNotFound, EntryPointNotFound, TLSOptionNotFound, ...).</summary>
    public CrdStatusBuilder Unresolved(string field, string reason, string message)
    {
        _unresolved.Add((new Problem(field, message), reason));
        return this;
    }

    public bool HasProblems => _invalid.Count > 0 || _unresolved.Count > 0;

    /// <param name="readyMessage">Said on Ready=True, e.g. "2 routes on entry points postgres, redis".</param>
    public ObjectStatus Build(string readyMessage = "")
    {
        var generation = source.Generation;
        var accepted = _invalid.Count == 0
            ? new Condition("Accepted", "True", "Accepted", string.Empty, generation)
            : new Condition("Accepted", "False", _invalidReason, Join(_invalid), generation);
        var resolved = _unresolved.Count == 0
            ? new Condition("ResolvedRefs", "True", "ResolvedRefs", string.Empty, generation)
            : new Condition("ResolvedRefs", "False", _unresolved[0].Reason, Join(_unresolved.Select(u => u.Problem)), generation);
        var ready = !HasProblems
            ? new Condition("Ready", "True", "Ready", readyMessage, generation)
            : new Condition("Ready", "False", _invalid.Count > 0 ? _invalidReason : _unresolved[0].Reason, Join(_invalid.Concat(_unresolved.Select(u => u.Problem))), generation);
        return new ObjectStatus(
            source.Ref,
            source.ApiVersion,
            generation,
            [accepted, resolved, ready],
            [.. _invalid, .. _unresolved.Select(u => u.Problem)],
            [],
            [],
            source.Location);
    }

    private static string Join(IEnumerable<Problem> problems) => string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}"));
}
