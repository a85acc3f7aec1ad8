using FluentAssertions;
using Microsoft.Extensions.Logging.Abstractions;
using TcpRouting.Proxy.Tls;
using TcpRouting.Testing.Network;
using static TcpRouting.Proxy.Tests.Support.Tables;

namespace TcpRouting.Proxy.Tests.Tls;

public sealed class CertificateContextSharingTests
{
    [Fact]
    public void A_new_table_reuses_the_certificate_context_of_the_previous_one_so_sessions_resume()
    {
        var certificate = ToModel(TestCertificates.CreateLeaf(["resume.test"]), "secret/default/resume");
        var first = new CertificateCache(NullLogger.Instance).Get(certificate);

        // The next table parses its Secrets afresh: equal PEM text, other string instances.
        var copy = certificate with { CertificatePem = new string(certificate.CertificatePem.AsSpan()), PrivateKeyPem = new string(certificate.PrivateKeyPem.AsSpan()) };
        var second = new CertificateCache(NullLogger.Instance).Get(copy);

        first.Should().NotBeNull();
        second.Should().BeSameAs(first);
        GC.KeepAlive(first);
    }

    [Fact]
    public void Another_certificate_gets_its_own_context()
    {
        var one = new CertificateCache(NullLogger.Instance).Get(ToModel(TestCertificates.CreateLeaf(["one.test"]), "secret/default/one"));
        var two = new CertificateCache(NullLogger.Instance).Get(ToModel(TestCertificates.CreateLeaf(["two.test"]), "secret/default/two"));

        two.Should().NotBeNull().And.NotBeSameAs(one);
    }
}
