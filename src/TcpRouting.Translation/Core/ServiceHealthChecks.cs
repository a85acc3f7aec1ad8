using System.Collections.Immutable;
using TcpRouting.Translation.Status;

namespace TcpRouting.Translation.Core;

/// <summary>
/// Gives backends the health check their Service's annotation asks for (a check written on the route wins). Runs
/// once over the built table, so every route kind gets it without each translator knowing. A Service whose
/// annotation is wrong gives its backends no endpoints (checking nothing could send writes to a replica), and the
/// routes that use it say which field is wrong and why.
/// </summary>
internal static class ServiceHealthChecks
{
    public static RouteTable Apply(RouteTable table, ClusterIndex index, List<ObjectStatus> statuses)
    {
        var changed = false;
        var problems = new List<(SourceRef Route, Problem Problem)>();
        var listeners = table.Listeners.Select(l =>
        {
            var routes = l.Routes.Select(r =>
            {
                var backends = r.Backends.Select(b =>
                {
                    if (b.HealthCheck is not null || b.Service is not { Kind: "Service" } s || index.Find("Service", s.Namespace, s.Name) is not { } service)
                    {
                        return b;
                    }

                    var field = $"Service {s.Namespace}/{s.Name} {ServiceHealthAnnotation.Field}";
                    var spec = ServiceHealthAnnotation.Read(service, out var error);
                    var check = spec is null ? null : HealthCheckReader.Read(spec, field, b.Transport, (f, why) => problems.Add((r.Source, new Problem(f, why))));
                    if (error is not null)
                    {
                        problems.Add((r.Source, new Problem(field, error)));
                    }

                    if (spec is null && error is null)
                    {
                        return b;
                    }

                    changed = true;
                    return check is null ? b with { Endpoints = [] } : b with { HealthCheck = check };
                }).ToImmutableArray();
                return r with { Backends = backends };
            }).ToImmutableArray();
            return l with { Routes = routes };
        }).ToImmutableArray();

        foreach (var (route, problem) in problems.Distinct())
        {
            var i = statuses.FindIndex(x => x.Object == route);
            if (i >= 0)
            {
                statuses[i] = StatusEdits.WithUnresolved(statuses[i], problem, "InvalidHealthCheck");
            }
        }

        return changed ? new RouteTable(listeners, TableFingerprint.Compute(listeners)) : table;
    }
}
