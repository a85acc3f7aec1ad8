namespace TcpRouting.Operator.Cli;

/// <summary>Exit codes of every command.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Invalid objects, unreadable files, or a failure while running.</summary>
    public const int Failed = 1;

    /// <summary>Bad flags or arguments.</summary>
    public const int Usage = 2;
}
