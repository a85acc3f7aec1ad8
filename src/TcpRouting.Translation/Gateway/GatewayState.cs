using TcpRouting.Translation.Gateway.Resources;

namespace TcpRouting.Translation.Gateway;

/// <summary>A Gateway of ours while translating, with its listeners in spec order.</summary>
internal sealed record GatewayState(KubeObject Source, GatewaySpec Spec, IReadOnlyList<ListenerState> Listeners);
