namespace TcpRouting.Proxy;

/// <summary>
/// Asks the runtime to run socket completions on its epoll thread instead of queueing each one to a
/// thread-pool worker (DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS, read once when the socket engine
/// starts). For a relay that is most of the work: every read completion used to cost a hand-off and a
/// context switch (about 15% of the proxy's samples in the scheduler); inline, the bench's CPU per
/// keep-alive request fell by a third (docs/tested-with.md).
/// It is safe because nothing on the relay path blocks: pumps only issue the next socket call, locks are
/// held for a few instructions at setup, and TLS handshakes move to the thread pool
/// (<see cref="Peeking.PrefixedStream.ResumeOnThreadPool"/>). Log sinks must not block either (a console
/// sink writing to a stalled pipe would stall every connection).
/// The executable asks for it first thing in Main: in cluster mode the Kubernetes client's sockets may start the
/// engine before the proxy exists. ProxyServer asks again for hosts that embed it.
/// An explicit setting in the environment wins, so DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=0 turns it off.
/// </summary>
public static class InlineSocketCompletions
{
    private const string Variable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    /// <summary>Effective only before the process's first asynchronous socket operation; harmless after.</summary>
    public static void PreferUnlessConfigured()
    {
        if (Environment.GetEnvironmentVariable(Variable) is null)
        {
            Environment.SetEnvironmentVariable(Variable, "1");
        }
    }
}
