using TcpRouting.Translation.Core;
using TcpRouting.Translation.Status;
using TcpRouting.Translation.Traefik.Resources;

namespace TcpRouting.Translation.Traefik;

/// <summary>
/// TLSStore: as in Traefik, only the store named "default" is used; its default certificate is served when no
/// certificate matches the SNI, and its certificates are offered to every terminating route.
/// </summary>
internal static class TlsStoreTranslator
{
    public static ObjectStatus Translate(KubeObject o, TraefikContext context, ref bool defaultSeen)
    {
        var status = new CrdStatusBuilder(o);
        var spec = SpecReader.Read<TlsStoreSpec>(o, status);
        if (o.Name != "default")
        {
            status.Invalid("metadata.name", "only the TLSStore named \"default\" is used (as in Traefik)");
        }
        else if (defaultSeen)
        {
            status.Invalid("metadata.name", "another TLSStore named \"default\" is already in use");
        }

        if (spec is null || status.HasProblems)
        {
            return status.Build();
        }

        defaultSeen = true;
        if (spec.DefaultCertificate?.SecretName is { Length: > 0 } defaultSecret)
        {
            context.DefaultCertificate = SecretResolver.ResolveTls(context.Index, o.Namespace, defaultSecret, out var error);
            if (error is not null)
            {
                status.Unresolved("spec.defaultCertificate.secretName", "SecretNotFound", error);
            }
        }

        var certificates = spec.Certificates ?? [];
        for (var i = 0; i < certificates.Count; i++)
        {
            if (SecretResolver.ResolveTls(context.Index, o.Namespace, certificates[i]?.SecretName ?? string.Empty, out var error) is { } certificate)
            {
                context.StoreCertificates.Add(certificate);
            }
            else
            {
                status.Unresolved($"spec.certificates[{i}].secretName", "SecretNotFound", error!);
            }
        }

        var generated = spec.DefaultGeneratedCert is not null ? "; defaultGeneratedCert is not served here (no ACME)" : string.Empty;
        return status.Build($"default certificate {context.DefaultCertificate?.Id ?? "(generated self-signed)"}, {context.StoreCertificates.Count} certificates{generated}");
    }
}
