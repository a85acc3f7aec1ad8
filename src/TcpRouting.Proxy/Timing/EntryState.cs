namespace TcpRouting.Proxy.Timing;

/// <summary>Where a <see cref="WheelEntry"/> is: decides whether a firing and a cancel that race may reuse it.</summary>
internal enum EntryState
{
    /// <summary>Not on the wheel (new, or back in a pool).</summary>
    Idle,

    /// <summary>Linked in a slot, waiting for its deadline.</summary>
    Armed,

    /// <summary>Taken off by a scan; <see cref="WheelEntry.Expire"/> is running or about to.</summary>
    Firing,

    /// <summary>Fired or cancelled while firing: never reused.</summary>
    Done,
}
