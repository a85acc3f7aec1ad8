namespace TcpRouting.Operator.Hosting;

/// <summary>Why `run` ended: a component that fails for good records its one-line reason and stops the host.</summary>
internal sealed class RunOutcome
{
    private string? _failure;

    public string? Failure => Volatile.Read(ref _failure);

    public void Fail(string reason) => Interlocked.CompareExchange(ref _failure, reason, null);
}
