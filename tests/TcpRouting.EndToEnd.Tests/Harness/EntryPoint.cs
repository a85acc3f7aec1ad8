namespace TcpRouting.EndToEnd.Tests.Harness;

/// <summary>An entry point of the static config, on a free loopback port.</summary>
internal sealed record EntryPoint(string Name, int Port)
{
    public string? PeekTimeout { get; init; }

    public string? IdleTimeout { get; init; }

    public string? GraceTimeOut { get; init; }

    public IReadOnlyList<string> TrustedIps { get; init; } = [];

    /// <summary>The entry point as YAML under `entryPoints:` (Traefik static config shape).</summary>
    public string ToYaml()
    {
        var yaml = $"  {Name}:\n    address: \"127.0.0.1:{Port}\"\n";
        if (PeekTimeout is not null)
        {
            yaml += $"    peekTimeout: {PeekTimeout}\n";
        }

        if (TrustedIps.Count > 0)
        {
            yaml += $"    proxyProtocol:\n      trustedIPs: [{string.Join(", ", TrustedIps.Select(ip => $"\"{ip}\""))}]\n";
        }

        if (IdleTimeout is not null || GraceTimeOut is not null)
        {
            yaml += "    transport:\n";
            if (IdleTimeout is not null)
            {
                yaml += $"      respondingTimeouts:\n        idleTimeout: {IdleTimeout}\n";
            }

            if (GraceTimeOut is not null)
            {
                yaml += $"      lifeCycle:\n        graceTimeOut: {GraceTimeOut}\n";
            }
        }

        return yaml;
    }
}
