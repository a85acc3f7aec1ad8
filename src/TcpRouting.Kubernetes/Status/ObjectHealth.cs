using TcpRouting.Translation.Status;

namespace TcpRouting.Kubernetes.Status;

/// <summary>Whether an object works, and if not why, in one line: what an Event says.</summary>
internal sealed record ObjectHealth(bool Ready, string Reason, string Message)
{
    private static readonly HashSet<string> Positive = ["Accepted", "ResolvedRefs", "Programmed", "Ready"];

    public static ObjectHealth Of(ObjectStatus status)
    {
        var conditions = status.Conditions
            .Concat(status.Listeners.SelectMany(l => l.Conditions))
            .Concat(status.Parents.SelectMany(p => p.Conditions))
            .ToList();
        var failing = conditions.Where(c => Positive.Contains(c.Type) && c.Status == "False").ToList();
        if (status.Problems.IsDefaultOrEmpty && failing.Count == 0)
        {
            // Gateway API routes have no Ready condition; what their Accepted message notes (e.g. a listener an
            // older TCPRoute holds) is what the Event should say.
            var said = conditions.FirstOrDefault(c => c.Type == "Ready")?.Message is { Length: > 0 } m
                ? m
                : string.Join("; ", conditions.Where(c => Positive.Contains(c.Type)).Select(c => c.Message).Where(m => m.Length > 0).Distinct());
            return new ObjectHealth(true, "Ready", said.Length > 0 ? said : "Routes are programmed");
        }

        var reason = failing.Select(c => c.Reason).FirstOrDefault(r => r.Length > 0) ?? "Invalid";
        var message = !status.Problems.IsDefaultOrEmpty
            ? string.Join("; ", status.Problems.Select(p => $"{p.Field}: {p.Message}"))
            : string.Join("; ", failing.Select(c => c.Message).Where(m => m.Length > 0).Distinct());
        return new ObjectHealth(false, reason, message);
    }
}
