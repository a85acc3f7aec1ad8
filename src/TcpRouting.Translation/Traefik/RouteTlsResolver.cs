using TcpRouting.Translation.Core;
using TcpRouting.Translation.Status;
using TcpRouting.Translation.Traefik.Resources;

namespace TcpRouting.Translation.Traefik;

/// <summary>
/// The TLS section of an IngressRouteTCP (https://doc.traefik.io/traefik/routing/routers/#tls_1): none, passthrough, or
/// termination with the route's Secret, the default TLSStore's certificates and a TLSOption.
/// </summary>
internal static class RouteTlsResolver
{
    /// <returns>The route TLS, or null when it cannot be served (the problem is on <paramref name="status"/>).</returns>
    public static RouteTls? Resolve(KubeObject o, TlsTcp? tls, TraefikContext context, CrdStatusBuilder status, List<string> notes)
    {
        if (tls is null)
        {
            return RouteTls.None;
        }

        if (tls.Passthrough == true)
        {
            return RouteTls.Passthrough;
        }

        var ok = true;
        var certificates = new List<TlsCertificate>();
        if (tls.SecretName is { Length: > 0 } secretName)
        {
            if (SecretResolver.ResolveTls(context.Index, o.Namespace, secretName, out var error) is { } certificate)
            {
                certificates.Add(certificate);
            }
            else
            {
                ok = false;
                status.Unresolved("spec.tls.secretName", "SecretNotFound", error!);
            }
        }
        else if (tls.CertResolver is { Length: > 0 } resolver)
        {
            notes.Add($"tls.certResolver \"{resolver}\" is not served here: terminating with the default certificate " +
                (context.DefaultCertificate is { } d ? $"({d.Id} from the default TLSStore)" : "(a generated self-signed certificate)"));
        }

        certificates.AddRange(context.StoreCertificates.Where(c => !certificates.Any(x => x.Id == c.Id)));
        var options = Options(o, tls.Options, context, status);
        if (tls.Store is { Name: { Length: > 0 } store } && store != "default")
        {
            notes.Add($"tls.store \"{store}\" is ignored: only the default TLSStore is used");
        }

        return ok && options is not null
            ? new RouteTls(TlsMode.Terminate, new TlsTermination([.. certificates], context.DefaultCertificate, options))
            : null;
    }

    private static TlsOptions? Options(KubeObject o, ObjectReference? reference, TraefikContext context, CrdStatusBuilder status)
    {
        if (reference?.Name is not { Length: > 0 } name)
        {
            return context.DefaultTlsOptions;
        }

        var (ns, optionName) = context.Catalog.Reference(TraefikCatalog.TlsOption, name, reference.Namespace, o.Namespace, out var error);
        if (error is not null)
        {
            status.Unresolved("spec.tls.options", "TLSOptionNotFound", error);
            return null;
        }

        if (context.Refuses(o.Namespace, ns))
        {
            status.Unresolved("spec.tls.options", "RefNotPermitted", TraefikContext.CrossNamespaceMessage("TLSOption", ns, optionName));
            return null;
        }

        if (!context.TlsOptions.TryGetValue((ns, optionName), out var options))
        {
            status.Unresolved("spec.tls.options", "TLSOptionNotFound", $"TLSOption {ns}/{optionName} not found");
            return null;
        }

        if (options is null)
        {
            status.Unresolved("spec.tls.options", "TLSOptionInvalid", $"TLSOption {ns}/{optionName} is invalid (see its status)");
        }

        return options;
    }
}
