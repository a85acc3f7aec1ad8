using System.Security.Cryptography;
using System.Text;

namespace TcpRouting.Translation.Exposure;

/// <summary>
/// The name of a Gateway's Service: readable (tcprouting-NAMESPACE-NAME) and unique (a hash of both, since
/// "a-b"/"c" and "a"/"b-c" would read the same), a DNS-1035 label of at most 63 characters as Services need.
/// </summary>
public static class GatewayServiceNames
{
    public const string ManagedByLabel = "app.kubernetes.io/managed-by";
    public const string ManagedBy = "tcprouting";
    public const string GatewayNameLabel = "tcprouting.dev/gateway-name";
    public const string GatewayNamespaceLabel = "tcprouting.dev/gateway-namespace";

    public static string For(string @namespace, string name)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{@namespace}/{name}")))[..8];
        var readable = Sanitize($"tcprouting-{@namespace}-{name}");
        if (readable.Length > 54)
        {
            readable = readable[..54].TrimEnd('-');
        }

        return $"{readable}-{hash}";
    }

    /// <summary>A label value: at most 63 characters, alphanumeric at both ends.</summary>
    public static string LabelValue(string value)
    {
        var v = value.Length > 63 ? value[..63] : value;
        return v.Trim('-', '.', '_');
    }

    private static string Sanitize(string s)
    {
        var chars = s.ToLowerInvariant().Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-').ToArray();
        var text = new string(chars);
        while (text.Contains("--", StringComparison.Ordinal))
        {
            text = text.Replace("--", "-", StringComparison.Ordinal);
        }

        return text.Trim('-');
    }
}
