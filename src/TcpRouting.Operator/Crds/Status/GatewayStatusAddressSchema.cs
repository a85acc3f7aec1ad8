using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace TcpRouting.Operator.Crds.Status;

/// <summary>GatewayStatusAddress: an address bound to a Gateway.</summary>
internal sealed record GatewayStatusAddressSchema
{
    [Description("IPAddress, Hostname or a domain-prefixed custom type.")]
    [DefaultValue("IPAddress")]
    public string? Type { get; init; }

    [MinLength(1)]
    [MaxLength(253)]
    public required string Value { get; init; }
}
