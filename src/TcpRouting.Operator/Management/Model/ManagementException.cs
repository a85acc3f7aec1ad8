namespace TcpRouting.Operator.Management.Model;

/// <summary>Bad input (naming the parameter and why) or a refused operation (naming what stands in the way).</summary>
internal sealed class ManagementException(string message) : Exception(message);
