namespace TcpRouting.Model.Matchers;

public sealed record AndMatcher(Matcher Left, Matcher Right) : Matcher
{
    public override bool NeedsClientHello => Left.NeedsClientHello || Right.NeedsClientHello;

    public override bool Matches(in ConnectionFacts facts) => Left.Matches(facts) && Right.Matches(facts);
}
