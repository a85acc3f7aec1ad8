using System.Collections.Immutable;
using System.CommandLine;
using TcpRouting.Translation.Exposure;

namespace TcpRouting.Operator.Cli;

/// <summary>
/// `run` flags that make listeners reachable on a cluster: a Service per Gateway (selecting our pods by
/// --pod-selector) and the ports routes open at run time on --publish-service, whose address goes into statuses.
/// </summary>
internal sealed class ExposureOptions
{
    public Option<string?> PublishService { get; } = new("--publish-service")
    {
        Description = "The Service in front of the proxy (the chart's): its address goes into route statuses, and ports routes open at run time (TCPIngress, AgentEndpoint) are added to it",
        HelpName = "NAMESPACE/NAME",
    };

    public Option<string> GatewayServiceType { get; } = new("--gateway-service-type")
    {
        Description = "Type of the Service made for each Gateway",
        HelpName = "LoadBalancer|NodePort|ClusterIP",
        DefaultValueFactory = _ => ExposureSettings.DefaultGatewayServiceType,
    };

    public Option<string?> PodSelector { get; } = new("--pod-selector")
    {
        Description = "Labels of the operator's pods, selected by each Gateway's Service (without it no Gateway Service is made)",
        HelpName = "KEY=VALUE,...",
    };

    public ExposureOptions() => GatewayServiceType.AcceptOnlyFromAmong("LoadBalancer", "NodePort", "ClusterIP");

    public IEnumerable<Option> All => [PublishService, GatewayServiceType, PodSelector];

    /// <summary>The settings, or null when neither flag asks for exposure (folder mode never does).</summary>
    public ExposureSettings? Read(ParseResult parse)
    {
        var publishText = parse.GetValue(PublishService);
        var selectorText = parse.GetValue(PodSelector);
        if (publishText is null && selectorText is null)
        {
            return null;
        }

        ServiceRef? publish = null;
        if (publishText is not null && !ServiceRef.TryParse(publishText, out publish))
        {
            throw new UserErrorException($"--publish-service: '{publishText}' is not NAMESPACE/NAME");
        }

        var selector = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var pair in (selectorText ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new UserErrorException($"--pod-selector: '{pair}' is not KEY=VALUE");
            }

            selector[pair[..eq]] = pair[(eq + 1)..];
        }

        // The Downward API gives the pod its namespace, as for the leader lease.
        var podNamespace = Environment.GetEnvironmentVariable("POD_NAMESPACE") ?? publish?.Namespace ?? "default";
        return new ExposureSettings(podNamespace, selector.ToImmutable(), parse.GetRequiredValue(GatewayServiceType), publish);
    }
}
