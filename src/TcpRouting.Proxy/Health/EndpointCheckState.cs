namespace TcpRouting.Proxy.Health;

/// <summary>
/// Runtime state of one endpoint's check: its status and the rise/fall counters (HAProxy: `rise` passes bring a
/// down server back, `fall` failures take an up one out). Only one check of an endpoint runs at a time, so the
/// counters need no lock; the status is read by connections, hence volatile.
/// </summary>
internal sealed class EndpointCheckState(CheckKey key)
{
    private int _status;
    private int _passes;
    private int _failures;
    private volatile bool _stopped;

    public BackendEndpoint Endpoint => key.Endpoint;

    public HealthCheck Check => key.Check;

    public CheckKey Key => key;

    /// <summary>Decoded once: the check keeps its bytes as hex so that it stays a value.</summary>
    public byte[] Send { get; } = Convert.FromHexString(key.Check.SendHex);

    public byte[] Expect { get; } = Convert.FromHexString(key.Check.ExpectHex);

    public EndpointStatus Status => (EndpointStatus)Volatile.Read(ref _status);

    /// <summary>Set when no table uses the check any more: it is not run or scheduled again.</summary>
    public bool Stopped => _stopped;

    public void Stop() => _stopped = true;

    /// <summary>How long until the next check: the unhealthy interval while down (Traefik unhealthyInterval).</summary>
    public TimeSpan NextDelay => Status == EndpointStatus.Down ? Check.UnhealthyInterval : Check.Interval;

    /// <summary>Counts one result; returns the new status when it changed. The first result decides at once.</summary>
    public EndpointStatus? Record(bool passed)
    {
        var status = Status;
        EndpointStatus next;
        if (passed)
        {
            (_failures, _passes) = (0, _passes + 1);
            next = status == EndpointStatus.Unknown || (status == EndpointStatus.Down && _passes >= Check.Rise) ? EndpointStatus.Up : status;
        }
        else
        {
            (_passes, _failures) = (0, _failures + 1);
            next = status == EndpointStatus.Unknown || (status == EndpointStatus.Up && _failures >= Check.Fall) ? EndpointStatus.Down : status;
        }

        if (next == status)
        {
            return null;
        }

        (_passes, _failures) = (0, 0);
        Volatile.Write(ref _status, (int)next);
        return next;
    }
}
