using FluentAssertions;
using TcpRouting.Kubernetes.Client;
using TcpRouting.Kubernetes.Tests.TestSupport;

namespace TcpRouting.Kubernetes.Tests.Client;

public sealed class KubeconfigLoaderTests : IDisposable
{
    private static readonly TestCertificates Certs = TestCertificates.Create();
    private readonly string _dir = Directory.CreateTempSubdirectory("tcpr-kubeconfig-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void An_eks_style_config_with_a_pasted_token_and_ca_data_is_read()
    {
        var config = KubeconfigLoader.Parse($"""
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
            """, "eks.yaml");

        config.Server.Should().Be(new Uri("https://ABCDEF0123456789.gr7.eu-west-1.eks.amazonaws.com"));
        config.Token.Should().Be("k8s-aws-v1.aHR0cHM6Ly9zdHMu");
        config.Namespace.Should().Be("routing");
        config.CertificateAuthority!.Single().Subject.Should().Be("CN=kubernetes");
        config.ClientCertificate.Should().BeNull();
    }

    [Fact]
    public void A_gke_style_user_with_an_exec_plugin_and_no_token_is_refused_with_a_clear_error()
    {
        var act = () => KubeconfigLoader.Parse("""
            apiVersion: v1
            clusters:
            - cluster: {server: "https://34.78.1.2"}
              name: gke_proj_europe-west1_prod
            contexts:
            - context: {cluster: gke_proj_europe-west1_prod, user: gke_proj_europe-west1_prod}
              name: gke_proj_europe-west1_prod
            current-context: gke_proj_europe-west1_prod
            users:
            - name: gke_proj_europe-west1_prod
              user:
                exec:
                  apiVersion: client.authentication.k8s.io/v1beta1
                  command: gke-gcloud-auth-plugin
                  provideClusterInfo: true
            """, "gke.yaml");

        act.Should().Throw<KubeconfigException>()
            .WithMessage("*gke.yaml*gke_proj_europe-west1_prod*users[gke_proj_europe-west1_prod].user.exec plugins are not supported*token*");
    }

    [Fact]
    public void A_kind_config_with_client_certificate_data_is_read()
    {
        var config = KubeconfigLoader.Parse($"""
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
            """, "kind.yaml");

        config.ClientCertificate!.Subject.Should().Contain("CN=kubernetes-admin");
        config.ClientCertificate.HasPrivateKey.Should().BeTrue();
        config.Namespace.Should().Be("default");
        config.Token.Should().BeNull();
    }

    [Fact]
    public void A_minikube_config_with_certificate_files_resolves_them_against_its_own_directory()
    {
        var profile = Directory.CreateDirectory(Path.Combine(_dir, "profiles", "minikube")).FullName;
        File.WriteAllText(Path.Combine(_dir, "ca.crt"), Certs.CaPem);
        File.WriteAllText(Path.Combine(profile, "client.crt"), Certs.ClientCertPem);
        File.WriteAllText(Path.Combine(profile, "client.key"), Certs.ClientKeyPem);
        var path = Path.Combine(_dir, "config");
        File.WriteAllText(path, """
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

        var config = KubeconfigLoader.Load([path]);

        config.CertificateAuthority!.Single().Subject.Should().Be("CN=kubernetes");
        config.ClientCertificate!.HasPrivateKey.Should().BeTrue();
        config.Server.Port.Should().Be(8443);
    }

    [Fact]
    public void Several_contexts_use_the_current_one_unless_another_is_named()
    {
        const string yaml = """
            clusters:
            - {name: a, cluster: {server: "https://a.example:6443", insecure-skip-tls-verify: true}}
            - {name: b, cluster: {server: "https://b.example:6443"}}
            contexts:
            - {name: ctx-a, context: {cluster: a, user: u, namespace: team-a}}
            - {name: ctx-b, context: {cluster: b, user: u}}
            current-context: ctx-b
            users:
            - {name: u, user: {token: t}}
            """;

        KubeconfigLoader.Parse(yaml, "multi.yaml").Server.Host.Should().Be("b.example");
        var a = KubeconfigLoader.Parse(yaml, "multi.yaml", context: "ctx-a");
        a.Server.Host.Should().Be("a.example");
        a.InsecureSkipTlsVerify.Should().BeTrue();
        a.Namespace.Should().Be("team-a");
        var missing = () => KubeconfigLoader.Parse(yaml, "multi.yaml", context: "ctx-c");
        missing.Should().Throw<KubeconfigException>().WithMessage("*context \"ctx-c\" not found*");
    }

    [Fact]
    public void Kubeconfig_with_several_files_merges_them_first_definition_winning()
    {
        var first = Path.Combine(_dir, "first");
        var second = Path.Combine(_dir, "second");
        File.WriteAllText(first, """
            current-context: dev
            users:
            - {name: dev-user, user: {tokenFile: dev.token}}
            """);
        File.WriteAllText(Path.Combine(_dir, "dev.token"), "from-file\n");
        File.WriteAllText(second, """
            current-context: ignored
            clusters:
            - {name: dev, cluster: {server: "https://dev.example"}}
            contexts:
            - {name: dev, context: {cluster: dev, user: dev-user}}
            users:
            - {name: dev-user, user: {token: shadowed}}
            """);

        var config = KubeconfigLoader.Load([first, second]);

        config.Server.Host.Should().Be("dev.example");
        config.Token.Should().BeNull();
        config.TokenFile.Should().Be(Path.Combine(_dir, "dev.token"));
    }

    [Fact]
    public void A_cluster_without_a_server_names_the_missing_field()
    {
        var act = () => KubeconfigLoader.Parse("""
            clusters:
            - {name: c, cluster: {certificate-authority-data: ""}}
            contexts:
            - {name: x, context: {cluster: c, user: u}}
            current-context: x
            users:
            - {name: u, user: {token: t}}
            """, "broken.yaml");

        act.Should().Throw<KubeconfigException>().WithMessage("*broken.yaml*context \"x\"*clusters[c].cluster.server is missing*");
    }

    [Fact]
    public void A_client_key_without_its_certificate_is_refused()
    {
        var act = () => KubeconfigLoader.Parse($$"""
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
            """, "half.yaml");

        act.Should().Throw<KubeconfigException>().WithMessage("*users[u].user has client-key but no client-certificate*");
    }

    [Fact]
    public void In_cluster_config_reads_the_service_account_files()
    {
        File.WriteAllText(Path.Combine(_dir, "token"), "sa-token");
        File.WriteAllText(Path.Combine(_dir, "ca.crt"), Certs.CaPem);
        File.WriteAllText(Path.Combine(_dir, "namespace"), "tcprouting\n");
        var host = Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST");
        var port = Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_PORT");
        Environment.SetEnvironmentVariable("KUBERNETES_SERVICE_HOST", "10.96.0.1");
        Environment.SetEnvironmentVariable("KUBERNETES_SERVICE_PORT", "443");
        try
        {
            var config = InClusterConfig.Load(_dir);

            config.Server.Should().Be(new Uri("https://10.96.0.1:443"));
            config.TokenFile.Should().Be(Path.Combine(_dir, "token"));
            config.Namespace.Should().Be("tcprouting");
            config.CertificateAuthority!.Single().Subject.Should().Be("CN=kubernetes");
        }
        finally
        {
            Environment.SetEnvironmentVariable("KUBERNETES_SERVICE_HOST", host);
            Environment.SetEnvironmentVariable("KUBERNETES_SERVICE_PORT", port);
        }
    }
}
