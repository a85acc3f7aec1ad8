using System.Text.RegularExpressions;

namespace TcpRouting.Testing.FakeApiServer;

/// <summary>
/// Kubernetes version priority: GA before beta before alpha, higher numbers first, then other strings
/// (https://kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definition-versioning/#version-priority).
/// </summary>
internal sealed partial class KubeVersionComparer : IComparer<string>
{
    public static KubeVersionComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var (xr, xm, xn) = Rank(x ?? string.Empty);
        var (yr, ym, yn) = Rank(y ?? string.Empty);
        return xr != yr ? xr.CompareTo(yr) : xm != ym ? ym.CompareTo(xm) : xn != yn ? yn.CompareTo(xn) : string.CompareOrdinal(x, y);
    }

    private static (int Rank, int Major, int Minor) Rank(string v)
    {
        var m = Shape().Match(v);
        if (!m.Success)
        {
            return (3, 0, 0);
        }

        var major = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var minor = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return (m.Groups[2].Value switch { "" => 0, "beta" => 1, _ => 2 }, major, minor);
    }

    [GeneratedRegex("^v([0-9]+)(?:(alpha|beta)([0-9]+))?$")]
    private static partial Regex Shape();
}
