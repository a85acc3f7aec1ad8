using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TcpRouting.Proxy.Health;

/// <summary>Per endpoint: up (1) or down (0) as a gauge read from the checkers, and how long each check took.</summary>
internal sealed class HealthInstruments
{
    private readonly Histogram<double> _duration;

    public HealthInstruments(Meter meter, Func<IEnumerable<EndpointCheckState>> states)
    {
        meter.CreateObservableGauge("tcprouting.health.endpoint.up", () => Observe(states()), "{endpoint}",
            "1 while an endpoint passes its active health check, 0 while it fails (absent until its first check).");
        _duration = meter.CreateHistogram<double>("tcprouting.health.check.duration", "s", "How long an active health check took.");
    }

    public void Checked(EndpointCheckState state, TimeSpan took, bool passed) =>
        _duration.Record(took.TotalSeconds, new TagList { { "endpoint", state.Endpoint.ToString() }, { "check", state.Check.Kind }, { "result", passed ? "pass" : "fail" } });

    private static IEnumerable<Measurement<int>> Observe(IEnumerable<EndpointCheckState> states)
    {
        foreach (var state in states)
        {
            if (state.Status != EndpointStatus.Unknown)
            {
                yield return new Measurement<int>(state.Status == EndpointStatus.Up ? 1 : 0,
                    new KeyValuePair<string, object?>("endpoint", state.Endpoint.ToString()), new KeyValuePair<string, object?>("check", state.Check.Kind));
            }
        }
    }
}
