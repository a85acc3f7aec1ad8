namespace TcpRouting.Operator.Management.Stores;

internal enum ApplyOutcome
{
    Created,
    Replaced,
}
