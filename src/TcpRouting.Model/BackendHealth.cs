namespace TcpRouting.Model;

/// <summary>How many endpoints of a checked backend pass their health check right now.</summary>
/// <param name="FailOpen">When none pass: true means connections still go to all, false that they are refused.</param>
public sealed record BackendHealth(int Healthy, int Total, bool FailOpen);
