namespace TcpRouting.Translation.Output;

/// <summary>The human table of `tcprouting routes -o table`: one line per route, then problems per object.</summary>
public static class RouteTableText
{
    public static string Write(TranslationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Empty; // filled in by the translation work
    }
}
