using System.Collections.Immutable;
using TcpRouting.Model;
using TcpRouting.Translation.Core;
using TcpRouting.Translation.Gateway;
using TcpRouting.Translation.Status;

namespace TcpRouting.Translation.Tests.Gateway;

/// <summary>One run of the Gateway API translator over objects given oldest first, with the class "ours" ours.</summary>
internal sealed record GatewayRun(RouteTable Table, ImmutableArray<ObjectStatus> Statuses)
{
    public const string Controller = TranslationSettings.DefaultGatewayControllerName;

    public static GatewayRun Of(params KubeObject[] objects) => With(TranslationSettings.Default, [K8s.GatewayClass("ours", Controller), .. objects]);

    public static GatewayRun With(TranslationSettings settings, IReadOnlyList<KubeObject> objects)
    {
        var table = new TableBuilder(StaticConfig.Empty);
        var statuses = GatewayApiTranslator.Translate(objects, ClusterIndex.Build(objects), table, settings);
        return new GatewayRun(table.Build(), statuses);
    }

    public ObjectStatus Status(string kind, string name) => Statuses.Single(s => s.Object.Kind == kind && s.Object.Name == name);

    public ListenerStatus Listener(string gateway, string listener) => Status("Gateway", gateway).Listeners.Single(l => l.Name == listener);

    public RouteParentStatus Parent(string kind, string route) => Status(kind, route).Parents.Single();

    public ImmutableArray<Route> RoutesOnPort(int port) => [.. Table.Listeners.Where(l => l.EndPoint.Port == port).SelectMany(l => l.Routes)];
}
