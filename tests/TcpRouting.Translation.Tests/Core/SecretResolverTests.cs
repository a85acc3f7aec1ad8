using FluentAssertions;
using TcpRouting.Translation.Core;

namespace TcpRouting.Translation.Tests.Core;

public sealed class SecretResolverTests
{
    [Fact]
    public void Reads_certificate_and_key_with_san_dns_names()
    {
        var index = ClusterIndex.Build(TestFiles.Objects(TestFiles.TlsSecretYaml("default", "pg-tls")));

        var certificate = SecretResolver.ResolveTls(index, "default", "pg-tls", out var error);

        error.Should().BeNull();
        certificate!.Id.Should().Be("secret/default/pg-tls");
        certificate.CertificatePem.Should().Be(TestFiles.Read("TestData/tls.crt"));
        certificate.PrivateKeyPem.Should().Be(TestFiles.Read("TestData/tls.key"));
        certificate.DnsNames.Should().Equal("*.example.com", "postgres.internal.example.com", "redis.example.com");
    }

    [Fact]
    public void Falls_back_to_the_lower_cased_common_name_without_sans()
    {
        var index = ClusterIndex.Build(TestFiles.Objects(TestFiles.TlsSecretYaml("default", "cn", "TestData/cn.crt", "TestData/cn.key")));

        SecretResolver.ResolveTls(index, "default", "cn", out _)!.DnsNames.Should().Equal("cn-only.example.com");
    }

    [Fact]
    public void Names_a_missing_secret_key_or_bad_pem()
    {
        var index = ClusterIndex.Build(TestFiles.Objects($$"""
            apiVersion: v1
            kind: Secret
            metadata: { name: nokey, namespace: default }
            data: { tls.crt: {{TestFiles.Base64(TestFiles.Read("TestData/tls.crt"))}} }
            ---
            apiVersion: v1
            kind: Secret
            metadata: { name: garbage, namespace: default }
            data: { tls.crt: {{TestFiles.Base64("not a pem")}}, tls.key: {{TestFiles.Base64("nor this")}} }
            ---
            apiVersion: v1
            kind: Secret
            metadata: { name: mismatch, namespace: default }
            data: { tls.crt: {{TestFiles.Base64(TestFiles.Read("TestData/tls.crt"))}}, tls.key: {{TestFiles.Base64(TestFiles.Read("TestData/cn.key"))}} }
            ---
            apiVersion: v1
            kind: Secret
            metadata: { name: notbase64, namespace: default }
            data: { tls.crt: "%%%", tls.key: "%%%" }
            """));

        Error(index, "missing").Should().Be("Secret default/missing not found");
        Error(index, "nokey").Should().Be("Secret default/nokey has no tls.key");
        Error(index, "garbage").Should().StartWith("Secret default/garbage: tls.crt/tls.key is not a valid PEM");
        Error(index, "mismatch").Should().StartWith("Secret default/mismatch: tls.crt/tls.key is not a valid PEM certificate and matching private key");
        Error(index, "notbase64").Should().Be("Secret default/notbase64: data.tls.crt is not valid base64");
    }

    [Fact]
    public void Reads_ca_bundles_from_ca_crt_then_tls_ca_then_tls_crt()
    {
        var ca = TestFiles.Read("TestData/ca.crt");
        var index = ClusterIndex.Build(TestFiles.Objects($$"""
            apiVersion: v1
            kind: Secret
            metadata: { name: ca, namespace: default }
            data: { ca.crt: {{TestFiles.Base64(ca)}}, tls.crt: {{TestFiles.Base64(TestFiles.Read("TestData/tls.crt"))}} }
            ---
            apiVersion: v1
            kind: Secret
            metadata: { name: tlsonly, namespace: default }
            stringData: { tls.crt: "{{ca.ReplaceLineEndings("\\n")}}" }
            ---
            apiVersion: v1
            kind: Secret
            metadata: { name: empty, namespace: default }
            data: { other: eA== }
            """));

        SecretResolver.ResolveCaBundle(index, "default", "ca", out _).Should().Be(ca);
        SecretResolver.ResolveCaBundle(index, "default", "tlsonly", out _).Should().Be(ca);
        SecretResolver.ResolveCaBundle(index, "default", "empty", out var error).Should().BeNull();
        error.Should().Be("Secret default/empty has no ca.crt, tls.ca or tls.crt");
    }

    private static string? Error(ClusterIndex index, string name)
    {
        SecretResolver.ResolveTls(index, "default", name, out var error).Should().BeNull();
        return error;
    }
}
