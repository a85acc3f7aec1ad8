using System.Collections.Concurrent;
using TcpRouting.Proxy.Diagnostics;
using TcpRouting.Proxy.Listening;

namespace TcpRouting.Proxy.Connections;

/// <summary>Every open connection, so a drain or a removed listener can close what is left.</summary>
internal sealed class ConnectionRegistry
{
    private readonly ConcurrentDictionary<ProxyConnection, byte> _open = new();
    private TaskCompletionSource? _empty;
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Add(ProxyConnection connection)
    {
        _open.TryAdd(connection, 0);
        Interlocked.Increment(ref _count);
    }

    public void Remove(ProxyConnection connection)
    {
        _open.TryRemove(connection, out _);
        if (Interlocked.Decrement(ref _count) == 0)
        {
            Volatile.Read(ref _empty)?.TrySetResult();
        }
    }

    /// <summary>Completes when no connection is open (checked again after arming, so none is missed).</summary>
    public Task WhenEmptyAsync()
    {
        var empty = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _empty, empty);
        if (Count == 0)
        {
            empty.TrySetResult();
        }

        return empty.Task;
    }

    public void CloseAll(CloseReason reason, ListenerHost? onlyHost = null)
    {
        foreach (var connection in _open.Keys)
        {
            if (onlyHost is null || ReferenceEquals(connection.Host, onlyHost))
            {
                connection.Close(reason, reset: false);
            }
        }
    }
}
