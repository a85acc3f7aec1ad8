using System.Net.Security;

namespace TcpRouting.Translation.Traefik;

/// <summary>
/// TLSOption cipherSuites names. Traefik refuses a name it does not know (pkg/tls, "invalid CipherSuite"), so a typo
/// is an error here too, not a silent fallback to the defaults. Names are IANA's (TlsCipherSuite members), plus
/// the two shorter ChaCha20 names Go's crypto/tls also accepts.
/// </summary>
internal static class CipherSuiteNames
{
    public static bool IsKnown(string? name) =>
        name is "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305" or "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305"
        || (name is { Length: > 0 } && char.IsAsciiLetterUpper(name[0]) && Enum.TryParse<TlsCipherSuite>(name, ignoreCase: false, out _));
}
