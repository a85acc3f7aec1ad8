namespace TcpRouting.Proxy.Peeking;

/// <summary>
/// A stream that first returns bytes already peeked (the ClientHello), then reads the socket: how a
/// terminating SslStream sees the handshake it needs from the start. Writes go straight through.
/// </summary>
internal sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream inner) : Stream
{
    private ReadOnlyMemory<byte> _prefix = prefix;

    /// <summary>
    /// While set, a read that has to wait for the socket resumes its caller on the thread pool. With inline
    /// socket completions (<see cref="InlineSocketCompletions"/>) the caller would otherwise continue on the
    /// socket engine's one epoll thread; TLS handshakes (signatures, certificate validation) are too heavy
    /// for that thread, so the handshake sets this and clears it once the relay starts.
    /// </summary>
    public bool ResumeOnThreadPool { get; set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_prefix.IsEmpty)
        {
            var read = inner.ReadAsync(buffer, cancellationToken);
            return ResumeOnThreadPool && !read.IsCompleted ? ResumeOnThreadPoolAsync(read) : read;
        }

        var count = Math.Min(buffer.Length, _prefix.Length);
        _prefix.Span[..count].CopyTo(buffer.Span);
        _prefix = _prefix[count..];
        return ValueTask.FromResult(count);
    }

    private static async ValueTask<int> ResumeOnThreadPoolAsync(ValueTask<int> read) =>
        await read.AsTask().ConfigureAwait(ConfigureAwaitOptions.ForceYielding);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        inner.WriteAsync(buffer, cancellationToken);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        inner.WriteAsync(buffer, offset, count, cancellationToken);

    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override void Flush() => inner.Flush();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
