using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using k8s;
using TcpRouting.Kubernetes.Client;
using TcpRouting.Testing.FakeApiServer;

namespace TcpRouting.Kubernetes.Tests.Client;

/// <summary>The client over real HTTPS against the fake API server, configured from a kubeconfig as a user would.</summary>
public sealed class KubeApiClientTests : IAsyncLifetime
{
    private static readonly KubeResource Tcpingresses = new("configuration.konghq.com", "v1beta1", "tcpingresses", "TCPIngress");
    private FakeApiServer _server = null!;
    private KubeApiClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await FakeApiServer.StartAsync(new FakeApiServerOptions(UseTls: true, Token: "s3cret"));
        _server.Install(FakeResourceTypes.Kong);
        _client = new KubeApiClient(KubeConfigResolver.Resolve(FakeKubeconfig.WriteFile(_server)));
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    private static JsonObject Ingress(string name, int port) => new()
    {
        ["apiVersion"] = "configuration.konghq.com/v1beta1",
        ["kind"] = "TCPIngress",
        ["metadata"] = new JsonObject { ["name"] = name },
        ["spec"] = new JsonObject { ["rules"] = new JsonArray(new JsonObject { ["port"] = port }) },
    };

    [Fact]
    public async Task Create_get_replace_patch_and_delete_round_trip_with_server_owned_metadata()
    {
        var ct = TestContext.Current.CancellationToken;
        var created = await _client.CreateAsync(Tcpingresses, "default", Ingress("db", 9000), ct);
        created.GetProperty("metadata").GetProperty("generation").GetInt64().Should().Be(1);
        created.GetProperty("metadata").GetProperty("uid").GetString().Should().NotBeNullOrEmpty();

        var replaced = JsonNode.Parse(created.GetRawText())!;
        replaced["spec"]!["rules"]![0]!["port"] = 9001;
        var afterPut = await _client.ReplaceAsync(Tcpingresses, "default", "db", replaced, ct);
        afterPut.GetProperty("metadata").GetProperty("generation").GetInt64().Should().Be(2);

        var patched = await _client.MergePatchAsync(Tcpingresses, "default", "db", JsonNode.Parse("""{"metadata":{"labels":{"team":"data"}}}""")!, cancellationToken: ct);
        patched.GetProperty("metadata").GetProperty("labels").GetProperty("team").GetString().Should().Be("data");
        patched.GetProperty("metadata").GetProperty("generation").GetInt64().Should().Be(2, "metadata changes do not move the generation");

        var read = await _client.GetAsync(Tcpingresses, "default", "db", ct);
        read.GetProperty("spec").GetProperty("rules")[0].GetProperty("port").GetInt32().Should().Be(9001);

        (await _client.DeleteAsync(Tcpingresses, "default", "db", ct)).Should().BeTrue();
        (await _client.TryGetAsync(Tcpingresses, "default", "db", ct)).Should().BeNull();
        (await _client.DeleteAsync(Tcpingresses, "default", "db", ct)).Should().BeFalse();
    }

    [Fact]
    public async Task Errors_are_typed_and_carry_the_servers_reason_and_message()
    {
        var ct = TestContext.Current.CancellationToken;
        var created = await _client.CreateAsync(Tcpingresses, "default", Ingress("db", 9000), ct);

        var missing = () => _client.GetAsync(Tcpingresses, "default", "nope", ct);
        (await missing.Should().ThrowAsync<KubeNotFoundException>()).Which.ServerMessage.Should().Contain("\"nope\" not found");

        var duplicate = () => _client.CreateAsync(Tcpingresses, "default", Ingress("db", 9000), ct);
        (await duplicate.Should().ThrowAsync<KubeConflictException>()).Which.AlreadyExists.Should().BeTrue();

        var stale = JsonNode.Parse(created.GetRawText())!;
        await _client.MergePatchAsync(Tcpingresses, "default", "db", JsonNode.Parse("""{"spec":{"rules":[{"port":1}]}}""")!, cancellationToken: ct);
        var conflict = () => _client.ReplaceAsync(Tcpingresses, "default", "db", stale, ct);
        (await conflict.Should().ThrowAsync<KubeConflictException>()).Which.Reason.Should().Be("Conflict");

        var invalid = () => _client.CreateAsync(Tcpingresses, "default", Ingress("Not_A_Name", 1), ct);
        var refused = (await invalid.Should().ThrowAsync<KubeApiException>()).Which;
        ((int)refused.StatusCode).Should().Be(422);
        refused.ServerMessage.Should().Contain("metadata.name");

        _server.Forbidden = line => line.StartsWith("DELETE", StringComparison.Ordinal);
        var forbidden = () => _client.DeleteAsync(Tcpingresses, "default", "db", ct);
        (await forbidden.Should().ThrowAsync<KubeForbiddenException>()).Which.ServerMessage.Should().Contain("forbidden");

        var wrongToken = KubeConfigResolver.Resolve(FakeKubeconfig.WriteFile(_server));
        wrongToken.AccessToken = "wrong";
        using var anonymous = new KubeApiClient(wrongToken);
        var unauthorized = () => anonymous.GetAsync(Tcpingresses, "default", "db", ct);
        (await unauthorized.Should().ThrowAsync<KubeApiException>()).Which.StatusCode.Should().Be(System.Net.HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_status_subresource_takes_only_status_and_main_writes_keep_it()
    {
        var ct = TestContext.Current.CancellationToken;
        await _client.CreateAsync(Tcpingresses, "default", Ingress("db", 9000), ct);

        var afterStatus = await _client.PatchStatusAsync(Tcpingresses, "default", "db",
            JsonNode.Parse("""{"status":{"conditions":[{"type":"Ready","status":"True"}]},"spec":{"rules":[]}}""")!, ct);
        afterStatus.GetProperty("metadata").GetProperty("generation").GetInt64().Should().Be(1);
        afterStatus.GetProperty("spec").GetProperty("rules").GetArrayLength().Should().Be(1, "a status write ignores spec");

        var afterSpec = await _client.MergePatchAsync(Tcpingresses, "default", "db", JsonNode.Parse("""{"spec":{"rules":[]},"status":null}""")!, cancellationToken: ct);
        afterSpec.GetProperty("metadata").GetProperty("generation").GetInt64().Should().Be(2);
        afterSpec.GetProperty("status").GetProperty("conditions")[0].GetProperty("type").GetString().Should().Be("Ready", "a main write keeps status");
    }

    [Fact]
    public async Task Lists_page_with_limit_and_continue_and_fill_in_kind()
    {
        var ct = TestContext.Current.CancellationToken;
        for (var i = 0; i < 5; i++)
        {
            await _client.CreateAsync(Tcpingresses, "default", Ingress($"r{i}", 9000 + i), ct);
        }

        var first = await _client.ListAsync(Tcpingresses, "default", new KubeListOptions(Limit: 2), ct);
        first.Items.Should().HaveCount(2);
        first.Continue.Should().NotBeNull();
        first.Items[0].GetProperty("kind").GetString().Should().Be("TCPIngress");

        var all = await _client.ListAllAsync(Tcpingresses, null, new KubeListOptions(Limit: 2), ct);
        all.Items.Select(i => i.GetProperty("metadata").GetProperty("name").GetString()).Should().Equal("r0", "r1", "r2", "r3", "r4");
        long.Parse(all.ResourceVersion, System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task A_watch_streams_changes_after_a_version_and_bookmarks()
    {
        var ct = TestContext.Current.CancellationToken;
        var list = await _client.ListAllAsync(Tcpingresses, "default", cancellationToken: ct);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(TimeSpan.FromSeconds(20));
        var seen = new List<KubeWatchEvent>();
        var watching = Task.Run(async () =>
        {
            await foreach (var e in _client.WatchAsync(Tcpingresses, "default", new KubeWatchOptions(list.ResourceVersion), cts.Token))
            {
                seen.Add(e);
                if (e.Type == KubeWatchEvent.Bookmark)
                {
                    return;
                }
            }
        }, ct);

        await _client.CreateAsync(Tcpingresses, "default", Ingress("a", 1), ct);
        await _client.MergePatchAsync(Tcpingresses, "default", "a", JsonNode.Parse("""{"spec":{"rules":[{"port":2}]}}""")!, cancellationToken: ct);
        await _client.DeleteAsync(Tcpingresses, "default", "a", ct);
        await TestSupport.Eventually.True(() => Volatile.Read(ref seen).Count >= 3, "three events");
        _server.SendBookmarks();
        await watching;

        seen.Select(e => e.Type).Should().Equal("ADDED", "MODIFIED", "DELETED", "BOOKMARK");
        seen[0].Object.GetProperty("kind").GetString().Should().Be("TCPIngress");
        seen[^1].ResourceVersion.Should().Be(_server.ResourceVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_watch_from_a_compacted_version_fails_with_gone()
    {
        var ct = TestContext.Current.CancellationToken;
        await _client.CreateAsync(Tcpingresses, "default", Ingress("a", 1), ct);
        var old = (await _client.ListAllAsync(Tcpingresses, "default", cancellationToken: ct)).ResourceVersion;
        await _client.CreateAsync(Tcpingresses, "default", Ingress("b", 1), ct);
        _server.Compact();

        var watch = async () =>
        {
            await foreach (var e in _client.WatchAsync(Tcpingresses, "default", new KubeWatchOptions(old), ct))
            {
                _ = e;
            }
        };

        (await watch.Should().ThrowAsync<KubeGoneException>()).Which.Reason.Should().Be("Expired");
    }

    [Fact]
    public async Task Discovery_lists_groups_and_status_subresources()
    {
        var ct = TestContext.Current.CancellationToken;
        var groups = await _client.CallAsync((api, c) => api.Apis.GetAPIVersionsAsync(c), ct);
        groups.Groups.Select(g => g.Name).Should().Contain("configuration.konghq.com");
        var resources = await _client.CallAsync((api, c) => api.CustomObjects.GetAPIResourcesAsync("configuration.konghq.com", "v1beta1", c), ct);
        resources.Resources.Select(r => r.Name).Should().Contain(["tcpingresses", "tcpingresses/status"]);
        var core = await _client.CallAsync((api, c) => api.CoreV1.GetAPIResourcesAsync(c), ct);
        core.Resources.Select(r => r.Name).Should().Contain("services");

        _server.Uninstall("configuration.konghq.com", "tcpingresses");
        var gone = () => _client.ListAsync(Tcpingresses, null, cancellationToken: ct);
        await gone.Should().ThrowAsync<KubeNotFoundException>();
        (await _client.CallAsync((api, c) => api.Apis.GetAPIVersionsAsync(c), ct)).Groups.Should().NotContain(g => g.Name == "configuration.konghq.com");
    }

    [Fact]
    public async Task Core_kinds_go_through_the_same_generic_calls_at_api_v1()
    {
        var ct = TestContext.Current.CancellationToken;
        var service = JsonNode.Parse("""{"apiVersion":"v1","kind":"Service","metadata":{"name":"db"},"spec":{"ports":[{"port":5432}]}}""")!;
        await _client.CreateAsync(KubeResource.Services, "default", service, ct);

        var list = await _client.ListAllAsync(KubeResource.Services, null, cancellationToken: ct);

        list.Items.Should().ContainSingle(i => i.GetProperty("metadata").GetProperty("name").GetString() == "db")
            .Which.GetProperty("kind").GetString().Should().Be("Service");
        _server.Requests.Should().Contain(r => r.StartsWith("POST /api/v1/namespaces/default/services", StringComparison.Ordinal));
    }
}
