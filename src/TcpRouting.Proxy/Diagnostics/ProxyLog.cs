using System.Net;
using Microsoft.Extensions.Logging;

namespace TcpRouting.Proxy.Diagnostics;

internal static partial class ProxyLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Entry point {EntryPoint} listening on {EndPoint}")]
    public static partial void Listening(ILogger logger, string entryPoint, EndPoint endPoint);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Entry point {EntryPoint} cannot bind {EndPoint}: {Reason}; retrying, the other entry points still serve")]
    public static partial void BindFailed(ILogger logger, string entryPoint, IPEndPoint endPoint, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Entry point {EntryPoint} on {EndPoint} closed")]
    public static partial void ListenerClosed(ILogger logger, string entryPoint, EndPoint endPoint);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Accept failed on entry point {EntryPoint}: {Reason} ({Repeats} more since the last report)")]
    public static partial void AcceptFailed(ILogger logger, string entryPoint, string reason, int repeats);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Certificate {CertificateId} cannot be loaded; it is skipped")]
    public static partial void CertificateInvalid(ILogger logger, string certificateId, Exception exception);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "TLS option {Option}: cipher suite {CipherSuite} is unknown here and ignored")]
    public static partial void UnknownCipherSuite(ILogger logger, string option, string cipherSuite);

    [LoggerMessage(EventId = 7, Level = LogLevel.Debug, Message = "TLS handshake with client {Client} on entry point {EntryPoint} failed")]
    public static partial void ClientHandshakeFailed(ILogger logger, IPAddress client, string entryPoint, Exception exception);

    [LoggerMessage(EventId = 8, Level = LogLevel.Debug, Message = "Connect to {Endpoint} for backend {Backend} failed")]
    public static partial void ConnectFailed(ILogger logger, BackendEndpoint endpoint, string backend, Exception exception);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "Backend {Backend} at {Endpoint} refused the PostgreSQL SSLRequest")]
    public static partial void PostgresSslRefused(ILogger logger, string backend, BackendEndpoint endpoint);

    [LoggerMessage(EventId = 10, Level = LogLevel.Debug, Message = "Connection on entry point {EntryPoint} failed")]
    public static partial void ConnectionFailed(ILogger logger, string entryPoint, Exception exception);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Route table {Fingerprint} applied: {Listeners} entry points")]
    public static partial void TableApplied(ILogger logger, string fingerprint, int listeners);

    [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "Draining {Connections} connections for up to {GracePeriod}")]
    public static partial void Draining(ILogger logger, int connections, TimeSpan gracePeriod);

    [LoggerMessage(EventId = 13, Level = LogLevel.Warning, Message = "Backend TLS for {Backend} cannot be set up; its connections will fail")]
    public static partial void BackendTlsInvalid(ILogger logger, string backend, Exception exception);

    [LoggerMessage(EventId = 14, Level = LogLevel.Information, Message = "Entry point {EntryPoint} bound {EndPoint} after retrying")]
    public static partial void BoundAfterRetry(ILogger logger, string entryPoint, IPEndPoint endPoint);
}
