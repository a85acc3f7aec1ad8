namespace TcpRouting.Cluster.Tests.Harness;

/// <summary>kubectl and helm as the cluster's admin, on the shared fixture of TcpRouting.Testing.</summary>
public static class KubeEnvAdmin
{
    extension(KubeEnv env)
    {
        /// <summary>kubectl and helm with the admin kubeconfig (system:masters) start.sh printed.</summary>
        public Kubectl Admin => new(env.Kubeconfig);
    }
}
