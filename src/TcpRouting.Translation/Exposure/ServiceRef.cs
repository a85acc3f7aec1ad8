namespace TcpRouting.Translation.Exposure;

/// <summary>A Service named NAMESPACE/NAME, as `--publish-service` takes it.</summary>
public sealed record ServiceRef(string Namespace, string Name)
{
    public static bool TryParse(string? text, out ServiceRef? service)
    {
        service = null;
        var parts = (text ?? string.Empty).Split('/');
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return false;
        }

        service = new ServiceRef(parts[0], parts[1]);
        return true;
    }

    public override string ToString() => $"{Namespace}/{Name}";
}
