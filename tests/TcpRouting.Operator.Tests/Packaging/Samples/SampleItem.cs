using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Operator.Tests.Packaging.Samples;

/// <summary>A nested object used twice in <see cref="SampleSpec"/>.</summary>
public sealed class SampleItem
{
    [MinLength(1)]
    public required string Host { get; init; }

    public long? Amount { get; init; }
}
