namespace TcpRouting.EndToEnd.Tests.Harness;

/// <summary>Bytes echoed so far, and a task that completes once a target count has come back.</summary>
internal sealed class EchoProgress
{
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _total;
    private long _target = long.MaxValue;

    public long Total
    {
        get
        {
            lock (_gate)
            {
                return _total;
            }
        }
    }

    public void Received(int count)
    {
        lock (_gate)
        {
            _total += count;
            Check();
        }
    }

    public Task WaitForAsync(long target)
    {
        lock (_gate)
        {
            _target = target;
            Check();
        }

        return _reached.Task;
    }

    private void Check()
    {
        if (_total >= _target)
        {
            _reached.TrySetResult();
        }
    }
}
