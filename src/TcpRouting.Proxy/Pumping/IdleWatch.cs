using TcpRouting.Proxy.Connections;
using TcpRouting.Proxy.Diagnostics;
using TcpRouting.Proxy.Timing;

namespace TcpRouting.Proxy.Pumping;

/// <summary>
/// The relay's deadlines, on the shared <see cref="DeadlineWheel"/>: the idle timeout (no bytes either
/// way) and, after a half-close, the termination delay. Pumps only stamp a timestamp per read; when the
/// wheel reaches the idle deadline this checks the stamp and re-arms for the time still left, so the data
/// path never touches the wheel.
/// </summary>
internal sealed class IdleWatch : WheelEntry, IDisposable
{
    private readonly DeadlineWheel _wheel;
    private readonly TimeProvider _time;
    private readonly ProxyConnection _connection;
    private readonly long _timeout;
    private long _lastActivity;
    private long _terminateAt;

    public IdleWatch(DeadlineWheel wheel, TimeSpan timeout, ProxyConnection connection)
    {
        _wheel = wheel;
        _time = wheel.Time;
        _connection = connection;
        _timeout = timeout > TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan
            ? (long)(timeout.TotalSeconds * _time.TimestampFrequency)
            : 0;
        _lastActivity = _time.GetTimestamp();
        if (_timeout > 0)
        {
            wheel.Arm(this, _lastActivity + _timeout);
        }
    }

    public void Touch() => Volatile.Write(ref _lastActivity, _time.GetTimestamp());

    /// <summary>Closes the connection <paramref name="delay"/> from now (Traefik's terminationDelay), unless it ends first.</summary>
    public void TerminateAfter(TimeSpan delay)
    {
        var at = _time.GetTimestamp() + (long)(delay.TotalSeconds * _time.TimestampFrequency);
        Volatile.Write(ref _terminateAt, at);
        _wheel.Arm(this, _timeout > 0 ? Math.Min(at, Volatile.Read(ref _lastActivity) + _timeout) : at);
    }

    public void Dispose() => _wheel.Disarm(this);

    internal override long Expire(long now)
    {
        var terminateAt = Volatile.Read(ref _terminateAt);
        if (terminateAt > 0 && now >= terminateAt)
        {
            _connection.Close(CloseReason.TerminationDelay, reset: false);
            return 0;
        }

        var idleAt = _timeout > 0 ? Volatile.Read(ref _lastActivity) + _timeout : long.MaxValue;
        if (now >= idleAt)
        {
            _connection.Close(CloseReason.IdleTimeout, reset: false);
            return 0;
        }

        return terminateAt > 0 ? Math.Min(terminateAt, idleAt) : idleAt;
    }
}
