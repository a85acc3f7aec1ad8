namespace TcpRouting.Fuzz.Support;

/// <summary>
/// The prefix lengths a target re-parses to check that a decision never changes once made: every one for a
/// short input, else the first and last 64 and about 64 spread between (bounded work per execution).
/// </summary>
internal static class Prefixes
{
    private const int Exhaustive = 256;

    public static IEnumerable<int> Of(int length)
    {
        if (length <= Exhaustive)
        {
            return Enumerable.Range(0, length);
        }

        var stride = Math.Max(1, length / 64);
        return Enumerable.Range(0, 64)
            .Concat(Enumerable.Range(0, length / stride).Select(i => i * stride))
            .Concat(Enumerable.Range(length - 64, 64))
            .Distinct();
    }
}
