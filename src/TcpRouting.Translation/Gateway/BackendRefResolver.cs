using System.Collections.Immutable;
using System.Globalization;
using TcpRouting.Translation.Core;
using TcpRouting.Translation.Gateway.Resources;

namespace TcpRouting.Translation.Gateway;

/// <summary>
/// Route backendRefs to backends. Only core Services are served (other kinds: InvalidKind); a Service in another
/// namespace needs a ReferenceGrant (RefNotPermitted); a missing Service or port is BackendNotFound. Those refs
/// still take their weight with no endpoints, so that share of connections is refused (TCPRoute backendRefs).
/// </summary>
internal static class BackendRefResolver
{
    public static ImmutableArray<ResolvedBackendRef> Resolve(
        KubeObject route, string field, IReadOnlyList<BackendRefSpec> refs, ClusterIndex index, ReferenceGrants grants, List<RefProblem> problems)
    {
        var result = ImmutableArray.CreateBuilder<ResolvedBackendRef>(refs.Count);
        for (var i = 0; i < refs.Count; i++)
        {
            var r = refs[i];
            var at = $"{field}[{i}]";
            var ns = string.IsNullOrEmpty(r.Namespace) ? route.Namespace : r.Namespace;
            var group = r.Group ?? string.Empty;
            var kind = r.Kind ?? "Service";
            var weight = Math.Max(0, r.Weight ?? 1);
            var name = $"{ns}/{r.Name}:{r.Port?.ToString(CultureInfo.InvariantCulture) ?? "?"}";
            var service = new SourceRef("Service", ns, r.Name);
            if (group.Length != 0 || kind != "Service")
            {
                problems.Add(new RefProblem(at, "InvalidKind", $"{(group.Length == 0 ? kind : $"{group}/{kind}")} is not a supported backend kind; only core Services are"));
                result.Add(new ResolvedBackendRef($"{ns}/{r.Name}", null, weight, []));
                continue;
            }

            if (!grants.Permits(route.Kind, route.Namespace, string.Empty, "Service", ns, r.Name))
            {
                problems.Add(new RefProblem(at, "RefNotPermitted", $"Service {ns}/{r.Name} is in another namespace and no ReferenceGrant there allows {route.Kind}s from {route.Namespace}"));
                result.Add(new ResolvedBackendRef(name, service, weight, []));
                continue;
            }

            if (r.Port is not { } port)
            {
                problems.Add(new RefProblem(at, "BackendNotFound", $"Service {ns}/{r.Name}: port is required"));
                result.Add(new ResolvedBackendRef(name, service, weight, []));
                continue;
            }

            var resolution = BackendResolver.Resolve(index, ns, r.Name, port.ToString(CultureInfo.InvariantCulture));
            if (resolution.Error is { } error)
            {
                problems.Add(new RefProblem(at, "BackendNotFound", error));
            }

            result.Add(new ResolvedBackendRef(name, service, weight, resolution.Endpoints));
        }

        return result.MoveToImmutable();
    }
}
