namespace TcpRouting.Kubernetes.Client;

/// <summary>A kubeconfig or in-cluster configuration that cannot be used; the message names the file, context and field.</summary>
public sealed class KubeconfigException(string message, Exception? inner = null) : Exception(message, inner);
