namespace TcpRouting.Testing.Peers;

/// <summary>What a finished client program printed and how it exited.</summary>
public sealed record CommandResult(string Command, int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"`{Command}` exited {ExitCode}\nstdout: {Stdout}\nstderr: {Stderr}";
}
