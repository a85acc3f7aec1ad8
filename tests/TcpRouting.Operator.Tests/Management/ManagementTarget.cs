using System.Text.Json.Nodes;
using FluentAssertions;
using TcpRouting.Kubernetes.Client;
using TcpRouting.Operator.Management;
using TcpRouting.Operator.Management.Model;
using TcpRouting.Operator.Management.Stores;
using TcpRouting.Testing.FakeApiServer;
using TcpRouting.Translation.Manifests;

namespace TcpRouting.Operator.Tests.Management;

/// <summary>
/// Where a scenario runs: a fake API server reached through a kubeconfig, or a GitOps folder. Tests read the
/// stored objects back without our store code (the fake server's own view; the folder's files).
/// </summary>
internal abstract class ManagementTarget : IAsyncDisposable
{
    public const string Cluster = "cluster";
    public const string Folder = "folder";

    /// <summary>The CLI options that select this target.</summary>
    public abstract string[] StoreArgs { get; }

    public abstract RouteManager Manager();

    /// <summary>The stored object, as the API server or the object's own file has it; null when it is not there.</summary>
    public abstract JsonObject? Get(ManagedKind kind, string @namespace, string name);

    public abstract void AddService(string name, int port, string @namespace = "default");

    public abstract ValueTask DisposeAsync();

    public static async Task<ManagementTarget> StartAsync(string name) => name == Cluster ? await ClusterTarget.StartAsync() : new FolderTarget();

    protected static JsonObject Service(string name, int port, string @namespace) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Service",
        ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = @namespace },
        ["spec"] = new JsonObject
        {
            ["clusterIP"] = "10.96.0.10",
            ["ports"] = new JsonArray(new JsonObject { ["name"] = "main", ["port"] = port, ["protocol"] = "TCP" }),
        },
    };

    private sealed class ClusterTarget : ManagementTarget
    {
        private readonly FakeApiServer _server;
        private readonly string _kubeconfig;
        private readonly List<FakeResourceType> _types = [.. FakeResourceTypes.Traefik(), .. FakeResourceTypes.GatewayApi(), .. FakeResourceTypes.Kong];

        private ClusterTarget(FakeApiServer server)
        {
            _server = server;
            _server.Install(_types);
            _kubeconfig = FakeKubeconfig.WriteFile(server);
        }

        public override string[] StoreArgs => ["--kubeconfig", _kubeconfig];

        public static async Task<ManagementTarget> StartAsync() => new ClusterTarget(await FakeApiServer.StartAsync());

        public override RouteManager Manager() => new(new ClusterRouteStore(new KubeApiClient(KubeConfigResolver.Resolve(_kubeconfig))));

        public override JsonObject? Get(ManagedKind kind, string @namespace, string name) =>
            _server.Get(_types.Single(t => t.Kind == kind.Kind && t.Group == kind.Resource.Group), @namespace, name);

        public override void AddService(string name, int port, string @namespace = "default") => _server.Apply(FakeResourceTypes.Services, Service(name, port, @namespace));

        public override async ValueTask DisposeAsync()
        {
            File.Delete(_kubeconfig);
            await _server.DisposeAsync();
        }
    }

    private sealed class FolderTarget : ManagementTarget
    {
        public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("tcpr-gitops-").FullName;

        public override string[] StoreArgs => ["--manifests", Directory];

        public override RouteManager Manager() => new(new ManifestFolderStore(Directory));

        public override JsonObject? Get(ManagedKind kind, string @namespace, string name)
        {
            var path = Path.Combine(Directory, ManifestFolderStore.FileName(kind, @namespace, name));
            if (!File.Exists(path))
            {
                return null;
            }

            var read = ManifestReader.Read(File.ReadAllText(path), path);
            read.Errors.Should().BeEmpty();
            return JsonNode.Parse(read.Objects.Should().ContainSingle().Subject.Json.GetRawText())!.AsObject();
        }

        public override void AddService(string name, int port, string @namespace = "default") =>
            File.WriteAllText(Path.Combine(Directory, $"service-{@namespace}-{name}.yaml"), Service(name, port, @namespace).ToJsonString());

        public override ValueTask DisposeAsync()
        {
            System.IO.Directory.Delete(Directory, recursive: true);
            return ValueTask.CompletedTask;
        }
    }
}
