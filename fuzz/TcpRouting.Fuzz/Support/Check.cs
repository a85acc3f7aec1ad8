namespace TcpRouting.Fuzz.Support;

/// <summary>Properties a target asserts; a broken one is a crash for AFL, like an unexpected exception.</summary>
internal static class Check
{
    public static void That(bool condition, string property)
    {
        if (!condition)
        {
            throw new PropertyViolationException(property);
        }
    }
}
