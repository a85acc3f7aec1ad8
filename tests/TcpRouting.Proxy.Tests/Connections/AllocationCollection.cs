namespace TcpRouting.Proxy.Tests.Connections;

/// <summary>Tests that count process-wide allocations run with no other test beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationCollection
{
    public const string Name = "allocation counts";
}
