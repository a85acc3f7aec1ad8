using System.Threading.Channels;

namespace TcpRouting.Operator.Hosting;

/// <summary>
/// Collapses a burst of change notifications (an editor's write, rename and chmod) into one reload: waits for a
/// first notification, then until a whole quiet period passed without another. Time comes from TimeProvider.
/// </summary>
internal sealed class Debouncer(TimeSpan quiet, TimeProvider time)
{
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _signals.Writer.TryWrite(true);

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        await _signals.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        do
        {
            await Task.Delay(quiet, time, cancellationToken).ConfigureAwait(false);
        }
        while (_signals.Reader.TryRead(out _));
    }
}
