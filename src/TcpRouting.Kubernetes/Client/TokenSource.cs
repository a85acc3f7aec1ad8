namespace TcpRouting.Kubernetes.Client;

/// <summary>
/// The bearer token of a request: fixed, or read from a file and read again whenever the file changes, since
/// kubelet rotates projected service account tokens in place (about hourly).
/// </summary>
internal sealed class TokenSource(string? token, string? tokenFile)
{
    private readonly Lock _lock = new();
    private DateTime _readAt = DateTime.MinValue;
    private string? _fileToken;

    public string? Current()
    {
        if (tokenFile is null)
        {
            return token;
        }

        lock (_lock)
        {
            var stamp = File.GetLastWriteTimeUtc(tokenFile);
            if (_fileToken is null || stamp != _readAt)
            {
                _fileToken = File.ReadAllText(tokenFile).Trim();
                _readAt = stamp;
            }

            return _fileToken;
        }
    }
}
