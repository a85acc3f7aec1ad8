namespace TcpRouting.Proxy.Listening;

/// <summary>
/// Turns a warning that repeats (accept failing while descriptors are exhausted, every 100 ms) into one line per
/// interval with a count, instead of a stack trace each time that floods the log exactly when the machine is short.
/// </summary>
internal sealed class RepeatedWarning(TimeProvider time, TimeSpan interval)
{
    private long _windowStart = long.MinValue;
    private int _suppressed;

    /// <summary>Call on each occurrence. Returns true when this one should be logged, with how many were
    /// suppressed since the last logged one.</summary>
    public bool ShouldLog(out int suppressed)
    {
        var now = time.GetTimestamp();
        if (_windowStart != long.MinValue && time.GetElapsedTime(_windowStart, now) < interval)
        {
            _suppressed++;
            suppressed = 0;
            return false;
        }

        _windowStart = now;
        suppressed = _suppressed;
        _suppressed = 0;
        return true;
    }
}
