using System.Collections.Immutable;
using TcpRouting.Translation.Core;
using TcpRouting.Translation.Status;
using TcpRouting.Translation.Traefik.Resources;

namespace TcpRouting.Translation.Traefik;

/// <summary>TLSOption into Model TlsOptions (https://doc.traefik.io/traefik/https/tls/#tls-options).</summary>
internal static class TlsOptionTranslator
{
    public static ObjectStatus Translate(KubeObject o, TraefikContext context)
    {
        var status = new CrdStatusBuilder(o);
        var spec = SpecReader.Read<TlsOptionSpec>(o, status);
        TlsOptions? options = null;
        if (spec is not null)
        {
            var min = Version(spec.MinVersion, "spec.minVersion", status) ?? TlsVersion.Tls12;
            var max = Version(spec.MaxVersion, "spec.maxVersion", status);
            if (max is { } m && m < min)
            {
                status.Invalid("spec.maxVersion", $"{spec.MaxVersion} is below minVersion");
            }

            var clientAuth = ClientAuth(spec.ClientAuth?.ClientAuthType);
            var cas = ImmutableArray.CreateBuilder<string>();
            var secrets = spec.ClientAuth?.SecretNames ?? [];
            for (var i = 0; i < secrets.Count; i++)
            {
                if (SecretResolver.ResolveCaBundle(context.Index, o.Namespace, secrets[i], out var error) is { } pem)
                {
                    cas.Add(pem);
                }
                else
                {
                    status.Unresolved($"spec.clientAuth.secretNames[{i}]", "SecretNotFound", error!);
                }
            }

            if (clientAuth is ClientAuthType.VerifyClientCertIfGiven or ClientAuthType.RequireAndVerifyClientCert && secrets.Count == 0)
            {
                status.Invalid("spec.clientAuth.secretNames", $"{clientAuth} needs at least one CA Secret to verify client certificates against");
            }

            var suites = spec.CipherSuites ?? [];
            for (var i = 0; i < suites.Count; i++)
            {
                if (!CipherSuiteNames.IsKnown(suites[i]))
                {
                    status.Invalid($"spec.cipherSuites[{i}]", $"\"{suites[i]}\" is not a cipher suite (an IANA name such as TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)");
                }
            }

            options = new TlsOptions(
                $"tlsoption/{o.Namespace}/{o.Name}",
                min,
                max,
                [.. spec.CipherSuites ?? []],
                [.. spec.AlpnProtocols ?? []],
                spec.SniStrict ?? false,
                clientAuth,
                cas.ToImmutable());
        }

        var valid = status.HasProblems ? null : options;
        context.TlsOptions.TryAdd((o.Namespace, o.Name), valid);
        if (o.Name == "default" && valid is not null && context.DefaultTlsOptions == TlsOptions.Default)
        {
            context.DefaultTlsOptions = valid;
        }

        return status.Build(valid is null ? string.Empty : $"TLS {valid.MinVersion}{(valid.MaxVersion is { } x ? $" to {x}" : " or later")}, client auth {valid.ClientAuth}");
    }

    private static TlsVersion? Version(string? value, string field, CrdStatusBuilder status)
    {
        switch (value)
        {
            case null or "":
                return null;
            case "VersionTLS10":
                return TlsVersion.Tls10;
            case "VersionTLS11":
                return TlsVersion.Tls11;
            case "VersionTLS12":
                return TlsVersion.Tls12;
            case "VersionTLS13":
                return TlsVersion.Tls13;
            default:
                status.Invalid(field, $"\"{value}\" is not a TLS version (VersionTLS10, VersionTLS11, VersionTLS12 or VersionTLS13)");
                return null;
        }
    }

    private static ClientAuthType ClientAuth(TlsClientAuthType? type) => type switch
    {
        TlsClientAuthType.RequestClientCert => ClientAuthType.RequestClientCert,
        TlsClientAuthType.RequireAnyClientCert => ClientAuthType.RequireAnyClientCert,
        TlsClientAuthType.VerifyClientCertIfGiven => ClientAuthType.VerifyClientCertIfGiven,
        TlsClientAuthType.RequireAndVerifyClientCert => ClientAuthType.RequireAndVerifyClientCert,
        _ => ClientAuthType.NoClientCert,
    };
}
