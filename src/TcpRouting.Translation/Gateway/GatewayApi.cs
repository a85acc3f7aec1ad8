namespace TcpRouting.Translation.Gateway;

/// <summary>Names from the Gateway API spec (gateway.networking.k8s.io).</summary>
internal static class GatewayApi
{
    public const string Group = "gateway.networking.k8s.io";
    public const string GatewayClass = "GatewayClass";
    public const string Gateway = "Gateway";
    public const string TcpRoute = "TCPRoute";
    public const string TlsRoute = "TLSRoute";
    public const string ReferenceGrant = "ReferenceGrant";

    public static bool Is(KubeObject o, string kind) => o.Group == Group && o.Kind == kind;

    public static Status.Condition True(string type, string reason, string message, long generation) => new(type, "True", reason, message, generation);

    public static Status.Condition False(string type, string reason, string message, long generation) => new(type, "False", reason, message, generation);
}
