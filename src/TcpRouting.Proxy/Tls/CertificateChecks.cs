using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;

namespace TcpRouting.Proxy.Tls;

/// <summary>Certificate checks the platform validation does not do for us.</summary>
internal static class CertificateChecks
{
    private const string SubjectAltNameOid = "2.5.29.17";

    // GeneralName uniformResourceIdentifier is [6] IA5String (RFC 5280 section 4.2.1.6).
    private static readonly Asn1Tag UriTag = new(TagClass.ContextSpecific, 6);

    /// <summary>True when <paramref name="certificate"/> chains to one of <paramref name="roots"/>.</summary>
    public static bool ChainsTo(X509Certificate2 certificate, X509Certificate2Collection roots, X509Chain? presented)
    {
        using var chain = new X509Chain { ChainPolicy = OfflineChainPolicy.Create() };
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        if (presented is not null)
        {
            foreach (var element in presented.ChainElements)
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        return chain.Build(certificate);
    }

    /// <summary>True when the subjectAltName extension lists <paramref name="uri"/> (Traefik peerCertURI).</summary>
    public static bool HasUriSan(X509Certificate2 certificate, string uri)
    {
        foreach (var extension in certificate.Extensions)
        {
            if (extension.Oid?.Value != SubjectAltNameOid)
            {
                continue;
            }

            try
            {
                var names = new AsnReader(extension.RawData, AsnEncodingRules.DER).ReadSequence();
                while (names.HasData)
                {
                    if (names.PeekTag() == UriTag)
                    {
                        if (string.Equals(names.ReadCharacterString(UniversalTagNumber.IA5String, UriTag), uri, StringComparison.Ordinal))
                        {
                            return true;
                        }
                    }
                    else
                    {
                        names.ReadEncodedValue();
                    }
                }
            }
            catch (AsnContentException)
            {
                return false;
            }
        }

        return false;
    }
}
