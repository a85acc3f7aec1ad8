namespace TcpRouting.Operator.Hosting;

/// <summary>
/// Set when the proxy starts draining. The host calls IHostedLifecycleService.StoppingAsync before it cancels
/// ApplicationStopping, so /readyz needs this to say 503 for the whole drain.
/// </summary>
internal sealed class DrainState
{
    private volatile bool _draining;

    public bool IsDraining => _draining;

    public void Begin() => _draining = true;
}
