using FluentAssertions;
using TcpRouting.Kubernetes.Client;
using TcpRouting.Kubernetes.Tests.TestSupport;

namespace TcpRouting.Kubernetes.Tests.Client;

/// <summary>Kubeconfigs as EKS, kind, minikube and a merged KUBECONFIG write them, read through KubernetesClient.</summary>
public sealed class KubeConfigResolverTests : IDisposable
{
    private static readonly TestCertificates Certs = TestCertificates.Create();
    private readonly string _dir = Directory.CreateTempSubdirectory("tcpr-kubeconfig-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string yaml)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    [Fact]
    public void An_eks_style_config_with_a_pasted_token_and_ca_data_is_read()
    {
        var config = KubeConfigResolver.Resolve(Write("eks.yaml", $"""
            apiVersion: v1
            kind: Config
            clusters:
            - cluster:
                certificate-authority-data: {TestCertificates.B64(Certs.CaPem)}
                server: https://ABCDEF0123456789.gr7.eu-west-1.eks.amazonaws.com
              name: arn:aws:eks:eu-west-1:123456789012:cluster/prod
            contexts:
            - context:
                cluster: arn:aws:eks:eu-west-1:123456789012:cluster/prod
                user: arn:aws:eks:eu-west-1:123456789012:cluster/prod
                namespace: routing
              name: arn:aws:eks:eu-west-1:123456789012:cluster/prod
            current-context: arn:aws:eks:eu-west-1:123456789012:cluster/prod
            users:
            - name: arn:aws:eks:eu-west-1:123456789012:cluster/prod
              user:
                token: k8s-aws-v1.aHR0cHM6Ly9zdHMu
            """));

        new Uri(config.Host).Should().Be(new Uri("https://ABCDEF0123456789.gr7.eu-west-1.eks.amazonaws.com"));
        config.AccessToken.Should().Be("k8s-aws-v1.aHR0cHM6Ly9zdHMu");
        config.Namespace.Should().Be("routing");
        config.SslCaCerts!.Single().Subject.Should().Be("CN=kubernetes");
        config.ClientCertificateData.Should().BeNull();
    }

    [Fact]
    public void A_kind_config_with_client_certificate_data_is_read()
    {
        var config = KubeConfigResolver.Resolve(Write("kind.yaml", $"""
            apiVersion: v1
            clusters:
            - cluster:
                certificate-authority-data: {TestCertificates.B64(Certs.CaPem)}
                server: https://127.0.0.1:36873
              name: kind-kind
            contexts:
            - context:
                cluster: kind-kind
                user: kind-kind
              name: kind-kind
            current-context: kind-kind
            kind: Config
            users:
            - name: kind-kind
              user:
                client-certificate-data: {TestCertificates.B64(Certs.ClientCertPem)}
                client-key-data: {TestCertificates.B64(Certs.ClientKeyPem)}
            """));

        config.ClientCertificateData.Should().Be(TestCertificates.B64(Certs.ClientCertPem));
        config.ClientCertificateKeyData.Should().Be(TestCertificates.B64(Certs.ClientKeyPem));
        config.Namespace.Should().Be("default");
        config.AccessToken.Should().BeNull();
    }

    [Fact]
    public void A_minikube_config_with_certificate_files_resolves_them_against_its_own_directory()
    {
        var profile = Directory.CreateDirectory(Path.Combine(_dir, "profiles", "minikube")).FullName;
        File.WriteAllText(Path.Combine(_dir, "ca.crt"), Certs.CaPem);
        File.WriteAllText(Path.Combine(profile, "client.crt"), Certs.ClientCertPem);
        File.WriteAllText(Path.Combine(profile, "client.key"), Certs.ClientKeyPem);
        var path = Write("config", """
            apiVersion: v1
            clusters:
            - cluster:
                certificate-authority: ca.crt
                extensions:
                - extension: {provider: minikube.sigs.k8s.io, version: v1.32.0}
                  name: cluster_info
                server: https://192.168.49.2:8443
              name: minikube
            contexts:
            - context: {cluster: minikube, namespace: default, user: minikube}
              name: minikube
            current-context: minikube
            kind: Config
            users:
            - name: minikube
              user:
                client-certificate: profiles/minikube/client.crt
                client-key: profiles/minikube/client.key
            """);

        var config = KubeConfigResolver.Resolve(path);

        config.SslCaCerts!.Single().Subject.Should().Be("CN=kubernetes");
        config.ClientCertificateFilePath.Should().Be(Path.Combine(profile, "client.crt"));
        config.ClientKeyFilePath.Should().Be(Path.Combine(profile, "client.key"));
        new Uri(config.Host).Port.Should().Be(8443);
    }

    [Fact]
    public void Several_contexts_use_the_current_one_unless_another_is_named()
    {
        var path = Write("multi.yaml", """
            clusters:
            - {name: a, cluster: {server: "https://a.example:6443", insecure-skip-tls-verify: true}}
            - {name: b, cluster: {server: "https://b.example:6443"}}
            contexts:
            - {name: ctx-a, context: {cluster: a, user: u, namespace: team-a}}
            - {name: ctx-b, context: {cluster: b, user: u}}
            current-context: ctx-b
            users:
            - {name: u, user: {token: t}}
            """);

        new Uri(KubeConfigResolver.Resolve(path).Host).Host.Should().Be("b.example");
        var a = KubeConfigResolver.Resolve(path, context: "ctx-a");
        new Uri(a.Host).Host.Should().Be("a.example");
        a.SkipTlsVerify.Should().BeTrue();
        a.Namespace.Should().Be("team-a");
        var missing = () => KubeConfigResolver.Resolve(path, context: "ctx-c");
        missing.Should().Throw<KubeconfigException>().WithMessage("*multi.yaml context \"ctx-c\"*ctx-c not found*");
    }

    [Fact]
    public void Kubeconfig_with_several_files_merges_them_first_definition_winning_with_paths_relative_to_each_file()
    {
        var other = Directory.CreateDirectory(Path.Combine(_dir, "other")).FullName;
        File.WriteAllText(Path.Combine(other, "ca.crt"), Certs.CaPem);
        var first = Write("first", """
            current-context: dev
            users:
            - {name: dev-user, user: {token: first-wins}}
            """);
        var second = Path.Combine(other, "second");
        File.WriteAllText(second, """
            current-context: ignored
            clusters:
            - {name: dev, cluster: {server: "https://dev.example", certificate-authority: ca.crt}}
            contexts:
            - {name: dev, context: {cluster: dev, user: dev-user}}
            users:
            - {name: dev-user, user: {token: shadowed}}
            """);

        var config = KubeConfigResolver.FromFiles([first, second]);

        new Uri(config.Host).Host.Should().Be("dev.example");
        config.AccessToken.Should().Be("first-wins");
        config.SslCaCerts!.Single().Subject.Should().Be("CN=kubernetes", "ca.crt is relative to the second file's own folder");
    }

    [Fact]
    public void A_cluster_without_a_server_names_the_file_and_context()
    {
        var act = () => KubeConfigResolver.Resolve(Write("broken.yaml", """
            clusters:
            - {name: c, cluster: {certificate-authority-data: ""}}
            contexts:
            - {name: x, context: {cluster: c, user: u}}
            current-context: x
            users:
            - {name: u, user: {token: t}}
            """));

        act.Should().Throw<KubeconfigException>().WithMessage("*broken.yaml context \"x\"*Server not found*");
    }

    [Fact]
    public void A_user_without_credentials_is_refused()
    {
        var act = () => KubeConfigResolver.Resolve(Write("half.yaml", $$"""
            clusters:
            - name: c
              cluster: {server: "https://c"}
            contexts:
            - name: x
              context: {cluster: c, user: u}
            current-context: x
            users:
            - name: u
              user:
                client-key-data: {{TestCertificates.B64(Certs.ClientKeyPem)}}
            """));

        act.Should().Throw<KubeconfigException>().WithMessage("*half.yaml context \"x\"*u does not have appropriate auth credentials*");
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var act = () => KubeConfigResolver.Resolve(Path.Combine(_dir, "nope.yaml"));

        act.Should().Throw<KubeconfigException>().WithMessage("*nope.yaml*not found*");
    }
}
