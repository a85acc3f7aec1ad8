namespace TcpRouting.Translation.Status;

/// <summary>
/// The proxy's active health results on the statuses of the objects whose routes are checked: an EndpointsHealthy
/// condition saying how many endpoints pass, and, for a backend with none, whether its new connections are refused
/// (fail closed, the default) or still sent to every endpoint (failOpen). Pure: results in, statuses out.
/// </summary>
public static class HealthConditions
{
    public const string Type = "EndpointsHealthy";

    public static TranslationResult Apply(TranslationResult result, IReadOnlyDictionary<string, BackendHealth> health)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(health);
        if (health.Count == 0)
        {
            return result;
        }

        var bySource = new Dictionary<SourceRef, List<(Backend Backend, BackendHealth Health)>>();
        foreach (var route in result.Table.Listeners.SelectMany(l => l.Routes))
        {
            foreach (var backend in route.Backends)
            {
                if (health.TryGetValue(backend.Id, out var h))
                {
                    if (!bySource.TryGetValue(route.Source, out var list))
                    {
                        bySource[route.Source] = list = [];
                    }

                    list.Add((backend, h));
                }
            }
        }

        return bySource.Count == 0 ? result : result with
        {
            Statuses = [.. result.Statuses.Select(s => bySource.TryGetValue(s.Object, out var checkedBackends) ? StatusEdits.WithCondition(s, Condition(checkedBackends)) : s)],
        };
    }

    private static Condition Condition(List<(Backend Backend, BackendHealth Health)> backends)
    {
        var healthy = backends.Sum(b => b.Health.Healthy);
        var pending = backends.Sum(b => b.Health.Pending);
        var total = backends.Sum(b => b.Health.Total);
        var message = $"{healthy}/{total} endpoints pass their health check" + (pending > 0 ? $", {pending} not checked yet" : string.Empty);
        var none = backends.Where(b => b.Health.Total > 0 && b.Health.Healthy == 0 && b.Health.Pending == 0).ToList();
        foreach (var (backend, h) in none)
        {
            message += h.FailOpen
                ? $"; {backend.Name}: none pass, new connections still go to all of them (failOpen)"
                : $"; {backend.Name}: none pass, new connections are refused (fail closed)";
        }

        return none.Count == 0
            ? new Condition(Type, "True", "EndpointsHealthy", message, 0)
            : new Condition(Type, "False", "NoHealthyEndpoints", message, 0);
    }
}
