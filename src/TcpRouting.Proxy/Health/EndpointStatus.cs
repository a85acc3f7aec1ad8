namespace TcpRouting.Proxy.Health;

/// <summary>What the last checks of an endpoint said. Unknown until the first check ends.</summary>
internal enum EndpointStatus
{
    Unknown,
    Up,
    Down,
}
