namespace TcpRouting.Translation.Rules;

/// <summary>A rule error at a position; caught by <see cref="RuleParser"/> and turned into a message, never escapes.</summary>
internal sealed class RuleParseException(int position, string message) : Exception(message)
{
    public int Position { get; } = position;
}
