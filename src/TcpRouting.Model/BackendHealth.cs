namespace TcpRouting.Model;

/// <summary>How many endpoints of a checked backend pass their health check right now.</summary>
/// <param name="Healthy">Endpoints whose last checks passed.</param>
/// <param name="Pending">Endpoints not checked yet (they take connections only while none has passed).</param>
/// <param name="FailOpen">When none pass: true means connections still go to all, false that they are refused.</param>
public sealed record BackendHealth(int Healthy, int Pending, int Total, bool FailOpen);
