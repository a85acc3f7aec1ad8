namespace TcpRouting.Proxy.Timing;

/// <summary>
/// Something with a deadline on a <see cref="DeadlineWheel"/>: an intrusive list node, so arming and
/// disarming allocate nothing. All fields but the subclass's own are guarded by the wheel's lock.
/// </summary>
internal abstract class WheelEntry
{
    internal WheelEntry? Next;
    internal WheelEntry? Previous;
    internal long Due;
    internal int Slot = -1;
    internal EntryState State;

    /// <summary>
    /// Called once the deadline passed, outside the wheel's lock. Returns the next deadline (a timestamp
    /// of the wheel's TimeProvider) to stay armed, or 0 when done.
    /// </summary>
    internal abstract long Expire(long now);
}
