using System.Collections.Immutable;

namespace TcpRouting.Translation.Exposure;

/// <summary>What the leader applies so every listener is reachable, and the result with addresses in its statuses.</summary>
/// <param name="GatewayServices">One Service per Gateway of ours.</param>
/// <param name="PublishPorts">The ports routes open at run time (TCPIngress ports, AgentEndpoint url ports),
/// applied to the publish Service under our own field manager; null without `--publish-service`.</param>
public sealed record ExposurePlan(ImmutableArray<ServiceApply> GatewayServices, ServiceApply? PublishPorts, TranslationResult Result);
