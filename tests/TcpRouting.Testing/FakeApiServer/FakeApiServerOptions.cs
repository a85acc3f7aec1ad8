namespace TcpRouting.Testing.FakeApiServer;

/// <param name="UseTls">Serve HTTPS with a fresh self-signed certificate (its PEM is <see cref="FakeApiServer.CaPem"/>).</param>
/// <param name="Token">When set, requests must carry "Authorization: Bearer <c>Token</c>" (401 otherwise).</param>
/// <param name="BookmarkInterval">How often watches that allow bookmarks get one; null: only on <see cref="FakeApiServer.SendBookmarks"/>.</param>
public sealed record FakeApiServerOptions(bool UseTls = false, string? Token = null, TimeSpan? BookmarkInterval = null, int HistoryLimit = 1000);
