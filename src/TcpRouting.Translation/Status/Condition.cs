namespace TcpRouting.Translation.Status;

/// <summary>A Kubernetes-style condition (metav1.Condition without lastTransitionTime, which the status writer owns).</summary>
/// <param name="Status">"True", "False" or "Unknown".</param>
public sealed record Condition(string Type, string Status, string Reason, string Message, long ObservedGeneration);
