namespace TcpRouting.Proxy.Pumping;

/// <summary>
/// Closes a connection that moved no bytes either way for the idle timeout. Pumps only stamp a
/// timestamp per read; one one-shot timer per connection re-arms itself for the time still left, so
/// the data path never touches a timer.
/// </summary>
internal sealed class IdleWatch : IDisposable
{
    private readonly TimeProvider _time;
    private readonly TimeSpan _timeout;
    private readonly Action _onIdle;
    private readonly ITimer? _timer;
    private long _lastActivity;

    public IdleWatch(TimeProvider time, TimeSpan timeout, Action onIdle)
    {
        _time = time;
        _timeout = timeout;
        _onIdle = onIdle;
        _lastActivity = time.GetTimestamp();
        if (timeout > TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            _timer = time.CreateTimer(static state => ((IdleWatch)state!).OnTimer(), this, timeout, Timeout.InfiniteTimeSpan);
        }
    }

    public void Touch() => Volatile.Write(ref _lastActivity, _time.GetTimestamp());

    private void OnTimer()
    {
        var idle = _time.GetElapsedTime(Volatile.Read(ref _lastActivity));
        if (idle >= _timeout)
        {
            _onIdle();
            return;
        }

        _timer?.Change(_timeout - idle, Timeout.InfiniteTimeSpan);
    }

    public void Dispose() => _timer?.Dispose();
}
