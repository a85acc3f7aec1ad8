using System.CommandLine;
using TcpRouting.Kubernetes.Client;
using TcpRouting.Operator.Cli;
using TcpRouting.Operator.Management.Model;
using TcpRouting.Operator.Management.Stores;

namespace TcpRouting.Operator.Management.Cli;

/// <summary>--kubeconfig FILE (or the usual cluster search) or --manifests DIR: where `route`, `middleware` and `mcp` write.</summary>
internal sealed class StoreOptions
{
    private readonly Option<string?> _kubeconfig = new("--kubeconfig")
    {
        Description = "Kubeconfig file (default: KUBECONFIG, in-cluster, ~/.kube/config)",
        HelpName = "FILE",
    };

    private readonly Option<string?> _context = new("--context") { Description = "The kubeconfig context to use", HelpName = "NAME" };

    private readonly Option<string?> _manifests = CommonOptions.Manifests(required: false);

    public StoreOptions() => _manifests.Description = "A GitOps folder to write (one YAML file per object) instead of a cluster";

    public void AddTo(Command command)
    {
        command.Options.Add(_kubeconfig);
        command.Options.Add(_context);
        command.Options.Add(_manifests);
    }

    public IRouteStore Open(ParseResult parse)
    {
        var manifests = parse.GetValue(_manifests);
        var kubeconfig = parse.GetValue(_kubeconfig);
        if (manifests is not null && kubeconfig is not null)
        {
            throw new ManagementException("--manifests and --kubeconfig: give one, a folder or a cluster");
        }

        return manifests is not null
            ? new ManifestFolderStore(Path.GetFullPath(manifests))
            : new ClusterRouteStore(new KubeApiClient(KubeConfigResolver.Resolve(kubeconfig, parse.GetValue(_context))));
    }
}
