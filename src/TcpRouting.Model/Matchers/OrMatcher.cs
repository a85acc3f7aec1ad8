namespace TcpRouting.Model.Matchers;

public sealed record OrMatcher(Matcher Left, Matcher Right) : Matcher
{
    public override bool NeedsClientHello => Left.NeedsClientHello || Right.NeedsClientHello;

    public override bool IsCatchAll => Left.IsCatchAll || Right.IsCatchAll;

    public override bool Matches(in ConnectionFacts facts) => Left.Matches(facts) || Right.Matches(facts);
}
