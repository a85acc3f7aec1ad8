using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace TcpRouting.Testing.FakeApiServer;

/// <summary>One open watch stream: what it filters on and the queue of lines the request writes out.</summary>
internal sealed class FakeWatcher(FakeResourceType type, string? @namespace, FakeSelector? fields, FakeSelector? labels, bool bookmarks)
{
    public Channel<JsonObject> Lines { get; } = Channel.CreateUnbounded<JsonObject>(new UnboundedChannelOptions { SingleReader = true });

    public FakeResourceType Type => type;

    public bool WantsBookmarks => bookmarks;

    public bool Matches(string storageKey, JsonObject obj) =>
        storageKey == type.StorageKey
        && (@namespace is null || obj["metadata"]?["namespace"]?.GetValue<string>() == @namespace)
        && (fields?.Matches(obj) ?? true)
        && (labels?.Matches(obj) ?? true);

    public void Send(string eventType, JsonObject obj) =>
        Lines.Writer.TryWrite(new JsonObject { ["type"] = eventType, ["object"] = FakeStore.AsVersion(obj, type) });

    public void Close() => Lines.Writer.TryComplete();
}
