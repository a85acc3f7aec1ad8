namespace TcpRouting.Translation.Output;

/// <summary>
/// The json of `tcprouting routes -o json` and the admin /api/routes: `listeners` (name, address, routes with id,
/// source, match, priority, tls, middlewares, backends [name, weight, endpoints]) and `statuses`.
/// </summary>
public static class RouteTableJson
{
    public static string Write(TranslationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return "{\"listeners\":[],\"statuses\":[]}"; // filled in by the translation work
    }
}
