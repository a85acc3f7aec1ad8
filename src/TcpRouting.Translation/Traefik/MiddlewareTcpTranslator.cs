using System.Collections.Immutable;
using System.Net;
using TcpRouting.Translation.Core;
using TcpRouting.Translation.Status;
using TcpRouting.Translation.Traefik.Resources;

namespace TcpRouting.Translation.Traefik;

/// <summary>MiddlewareTCP into a Model middleware (https://doc.traefik.io/traefik/middlewares/tcp/overview/).</summary>
internal static class MiddlewareTcpTranslator
{
    public static ObjectStatus Translate(KubeObject o, TraefikContext context)
    {
        var status = new CrdStatusBuilder(o);
        var middleware = Read(o, SpecReader.Read<MiddlewareTcpSpec>(o, status), status, out var message);
        context.Middlewares.TryAdd((o.Namespace, o.Name), status.HasProblems ? null : middleware);
        return status.Build(message);
    }

    private static Middleware? Read(KubeObject o, MiddlewareTcpSpec? spec, CrdStatusBuilder status, out string message)
    {
        message = string.Empty;
        if (spec is null)
        {
            return null;
        }

        var id = $"middlewaretcp/{o.Namespace}/{o.Name}";
        var kinds = new[] { spec.IpAllowList is not null, spec.IpWhiteList is not null, spec.InFlightConn is not null }.Count(set => set);
        if (kinds != 1)
        {
            // Traefik refuses a middleware that is not exactly one type.
            status.Invalid("spec", kinds == 0 ? "needs one of ipAllowList, ipWhiteList or inFlightConn" : "sets more than one of ipAllowList, ipWhiteList and inFlightConn");
            return null;
        }

        if (spec.InFlightConn is { } inFlight)
        {
            if (inFlight.Amount is not > 0)
            {
                status.Invalid("spec.inFlightConn.amount", "must be a positive number of connections");
                return null;
            }

            message = $"inFlightConn: at most {inFlight.Amount} connections per client IP";
            return new InFlightConnMiddleware(id, o.Ref, (int)Math.Min(inFlight.Amount.Value, int.MaxValue));
        }

        var field = spec.IpAllowList is not null ? "spec.ipAllowList" : "spec.ipWhiteList";
        var ranges = (spec.IpAllowList ?? spec.IpWhiteList)!.SourceRange ?? [];
        if (ranges.Count == 0)
        {
            status.Invalid($"{field}.sourceRange", "needs at least one IP address or CIDR");
            return null;
        }

        var networks = ImmutableArray.CreateBuilder<IPNetwork>();
        for (var i = 0; i < ranges.Count; i++)
        {
            if (Cidr.TryParse(ranges[i], out var network, out var error))
            {
                networks.Add(network);
            }
            else
            {
                status.Invalid($"{field}.sourceRange[{i}]", error!);
            }
        }

        message = spec.IpAllowList is not null
            ? $"ipAllowList: {string.Join(", ", networks)}"
            : $"ipAllowList: {string.Join(", ", networks)} (ipWhiteList is deprecated: use ipAllowList)";
        return new IpAllowListMiddleware(id, o.Ref, networks.ToImmutable());
    }
}
