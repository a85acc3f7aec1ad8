namespace TcpRouting.Testing.FakeApiServer;

/// <param name="UseTls">Serve HTTPS with a fresh self-signed certificate (its PEM is <see cref="FakeApiServer.CaPem"/>).</param>
/// <param name="Token">When set, requests must carry "Authorization: Bearer <c>Token</c>" (401 otherwise).</param>
/// <param name="BookmarkInterval">How often watches that allow bookmarks get one; null: only on <see cref="FakeApiServer.SendBookmarks"/>.</param>
/// <param name="Clock">The clock of server-set times (creationTimestamp), so a test can create objects hours apart; null: the system clock.</param>
public sealed record FakeApiServerOptions(bool UseTls = false, string? Token = null, TimeSpan? BookmarkInterval = null, int HistoryLimit = 1000, TimeProvider? Clock = null);
