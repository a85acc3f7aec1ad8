namespace TcpRouting.Proxy.Health;

/// <summary>One checker per distinct endpoint and check: both are records of values, so equal keys are equal checks.</summary>
internal readonly record struct CheckKey(BackendEndpoint Endpoint, HealthCheck Check);
