namespace TcpRouting.Testing.FakeApiServer;

/// <summary>A resource the fake API server serves (a built-in kind or an installed CRD).</summary>
/// <param name="StatusSubresource">Like a CRD's subresources.status: /status exists, main writes keep status, status writes keep spec.</param>
public sealed record FakeResourceType(string Group, string Version, string Kind, string Plural, bool Namespaced = true, bool StatusSubresource = false)
{
    public string GroupVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    /// <summary>Objects are stored once per group and plural, whatever version they were written in (as etcd keeps them).</summary>
    internal string StorageKey => $"{Group}/{Plural}";

    internal bool IsCrd => Group.Length > 0 && !FakeResourceTypes.BuiltInGroups.Contains(Group);
}
