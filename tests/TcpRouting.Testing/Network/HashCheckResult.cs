namespace TcpRouting.Testing.Network;

/// <summary>The outcome of a <see cref="HashCheckClient"/> run.</summary>
public sealed record HashCheckResult(long Sent, long Received, bool HashesMatch)
{
    public bool Intact => Sent == Received && HashesMatch;
}
