namespace TcpRouting.Translation.Rules;

internal enum RuleTokenKind
{
    Identifier,
    String,
    LeftParen,
    RightParen,
    Comma,
    And,
    Or,
    Not,
    End,
}

/// <param name="Position">0-based offset in the rule; messages say column Position + 1.</param>
internal readonly record struct RuleToken(RuleTokenKind Kind, string Text, int Position)
{
    public string Describe() => Kind switch
    {
        RuleTokenKind.End => "end of rule",
        RuleTokenKind.String => $"string `{Text}`",
        _ => $"\"{Text}\"",
    };
}
