namespace TcpRouting.Operator.Tests.Packaging.Samples;

/// <summary>A recursive type: no structural schema can describe it.</summary>
public sealed class SampleNode
{
    public SampleNode? Next { get; init; }
}
