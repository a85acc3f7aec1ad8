namespace TcpRouting.EndToEnd.Tests.Harness;

/// <summary>The scenarios that share one <see cref="ProxyLab"/>; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ProxyLabCollection : ICollectionFixture<ProxyLab>
{
    public const string Name = "proxy lab";
}
