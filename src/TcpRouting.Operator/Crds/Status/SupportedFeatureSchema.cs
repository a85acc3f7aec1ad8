namespace TcpRouting.Operator.Crds.Status;

/// <summary>GatewayClassStatus.supportedFeatures[] entry.</summary>
internal sealed record SupportedFeatureSchema
{
    public required string Name { get; init; }
}
