namespace TcpRouting.Translation.Rules;

/// <summary>
/// Bounds on a rule, so that no rule can exhaust the stack of the parser, the formatter or the matcher (issue 12,
/// finding 2: 25,000 `!` crashed `validate`). Traefik sets none (Go's parser stops at 100,000 levels); real rules are
/// a few hundred characters. The CRD schemas carry <see cref="MaxLength"/> as maxLength on `match`, so an API server
/// refuses a longer rule before it reaches us.
/// </summary>
public static class RuleLimits
{
    /// <summary>Characters in one rule. Also bounds the length of an &amp;&amp; or || chain (each term is ≥ 11 characters).</summary>
    public const int MaxLength = 8192;

    /// <summary>Nesting of parentheses (a run of `!` counts once: it folds into one negation or none).</summary>
    public const int MaxDepth = 64;
}
