using System.ComponentModel;

namespace TcpRouting.Translation.Gateway.Resources;

/// <summary>A ReferenceGrant to[] entry.</summary>
public sealed class ReferenceGrantTo
{
    [Description("The referent's API group; \"\" for core kinds.")]
    public string Group { get; init; } = string.Empty;

    [Description("The referent's kind, e.g. Service or Secret.")]
    public string Kind { get; init; } = string.Empty;

    [Description("The referent's name; every object of the kind when omitted.")]
    public string? Name { get; init; }
}
