namespace TcpRouting.Operator.Crds;

/// <summary>One `kubectl get` column (CRD spec.versions[].additionalPrinterColumns).</summary>
/// <param name="Priority">0 shows in `kubectl get`; 1 only with `-o wide`.</param>
internal sealed record PrinterColumn(string Name, string Type, string JsonPath, int Priority = 0, string? Description = null)
{
    public static PrinterColumn Address { get; } = new("Address", "string", ".status.loadBalancer.ingress[*].ip", Description: "Address of the load balancer in front of the proxy (--publish-service)");

    public static PrinterColumn Age { get; } = new("Age", "date", ".metadata.creationTimestamp");

    public static PrinterColumn Ready { get; } = new("Ready", "string", ".status.conditions[?(@.type==\"Ready\")].status", Description: "Whether every route of the object is served");

    public static PrinterColumn Reason { get; } = new("Reason", "string", ".status.conditions[?(@.type==\"Ready\")].reason", 1);
}
