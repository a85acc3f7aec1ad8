namespace TcpRouting.EndToEnd.Tests.Harness;

/// <summary>One entry of an IngressRouteTCP route's services list.</summary>
internal sealed record WeightedService(string Name, int Port, int? Weight = null);
