namespace TcpRouting.Kubernetes.Discovery;

/// <summary>Which project a kind comes from: decides class filtering and how status is written.</summary>
internal enum KindFamily
{
    Core,
    Traefik,
    GatewayApi,
    Kong,
    Ngrok,
}
