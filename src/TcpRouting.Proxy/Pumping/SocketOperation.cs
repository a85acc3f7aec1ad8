using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks.Sources;

namespace TcpRouting.Proxy.Pumping;

/// <summary>
/// A reusable socket operation for the relay (as Kestrel's SocketAwaitableEventArgs): a pump rents one
/// for its receives and sends, one at a time, and returns it when it ends. The socket's own ValueTask
/// APIs would create and cache two event args (with their completion delegates) on every socket; these
/// are pooled across connections instead. Continuations run where the completion is raised: the
/// socket engine's thread with inline completions, as the ValueTask APIs do.
/// </summary>
internal sealed class SocketOperation : SocketAsyncEventArgs, IValueTaskSource<int>
{
    private const int MaxPooled = 1024;
    private static readonly ConcurrentQueue<SocketOperation> Pool = new();
    private static int _pooled;
    private ManualResetValueTaskSourceCore<int> _core;

    private SocketOperation()
        : base(unsafeSuppressExecutionContextFlow: true)
    {
    }

    public static SocketOperation Rent()
    {
        if (Pool.TryDequeue(out var operation))
        {
            Interlocked.Decrement(ref _pooled);
            return operation;
        }

        return new SocketOperation();
    }

    /// <summary>Back to the pool; only once no operation is pending on it (the pump awaited its last one).</summary>
    public static void Return(SocketOperation operation)
    {
        operation.SetBuffer(Memory<byte>.Empty);
        operation.RemoteEndPoint = null;
        if (Interlocked.Increment(ref _pooled) <= MaxPooled)
        {
            Pool.Enqueue(operation);
        }
        else
        {
            Interlocked.Decrement(ref _pooled);
            operation.Dispose();
        }
    }

    public ValueTask<int> ReceiveAsync(Socket socket, Memory<byte> buffer)
    {
        SetBuffer(buffer);
        _core.Reset();
        return socket.ReceiveAsync(this) ? new ValueTask<int>(this, _core.Version) : CompletedAtOnce();
    }

    /// <summary>Connects <paramref name="socket"/>; the result is 0. The socket's own ConnectAsync would create event
    /// args, an operation and delegates for every new backend socket (issue 15). Cancel by disposing the socket.</summary>
    public ValueTask<int> ConnectAsync(Socket socket, EndPoint remote)
    {
        RemoteEndPoint = remote;
        _core.Reset();
        return socket.ConnectAsync(this) ? new ValueTask<int>(this, _core.Version) : CompletedAtOnce();
    }

    public ValueTask<int> SendAsync(Socket socket, ReadOnlyMemory<byte> buffer)
    {
        SetBuffer(System.Runtime.InteropServices.MemoryMarshal.AsMemory(buffer));
        _core.Reset();
        return socket.SendAsync(this) ? new ValueTask<int>(this, _core.Version) : CompletedAtOnce();
    }

    protected override void OnCompleted(SocketAsyncEventArgs e)
    {
        if (SocketError == SocketError.Success)
        {
            _core.SetResult(BytesTransferred);
        }
        else
        {
            _core.SetException(new SocketException((int)SocketError));
        }
    }

    int IValueTaskSource<int>.GetResult(short token) => _core.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource<int>.GetStatus(short token) => _core.GetStatus(token);

    void IValueTaskSource<int>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);

    private ValueTask<int> CompletedAtOnce() =>
        SocketError == SocketError.Success
            ? new ValueTask<int>(BytesTransferred)
            : ValueTask.FromException<int>(new SocketException((int)SocketError));
}
