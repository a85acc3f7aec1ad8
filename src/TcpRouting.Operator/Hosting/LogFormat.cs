namespace TcpRouting.Operator.Hosting;

internal enum LogFormat
{
    /// <summary>One human-readable line per event.</summary>
    Text,

    /// <summary>One JSON object per line, for log collectors.</summary>
    Json,
}
