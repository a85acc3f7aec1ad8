using TcpRouting.Fuzz.Targets;

namespace TcpRouting.Fuzz;

/// <summary>
/// Every target by the name run.sh and the corpus folders use. A target throws only when it finds a bug:
/// an exception that is not the parser's own clean rejection, or a broken property (<see cref="Check"/>).
/// </summary>
internal static class FuzzTargets
{
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["client-hello"] = ClientHelloTarget.Run,
        ["proxy-v1"] = ProxyV1Target.Run,
        ["proxy-v2"] = ProxyV2Target.Run,
        ["postgres"] = PostgresTarget.Run,
        ["rule"] = RuleTarget.Run,
        ["manifest"] = ManifestTarget.Run,
        ["static-config"] = StaticConfigTarget.Run,
    };
}
