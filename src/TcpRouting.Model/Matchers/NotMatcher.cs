namespace TcpRouting.Model.Matchers;

public sealed record NotMatcher(Matcher Inner) : Matcher
{
    public override bool NeedsClientHello => Inner.NeedsClientHello;

    public override bool Matches(in ConnectionFacts facts) => !Inner.Matches(facts);
}
