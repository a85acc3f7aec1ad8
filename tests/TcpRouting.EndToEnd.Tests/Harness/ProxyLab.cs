using TcpRouting.Testing.Network;
using TcpRouting.Testing.Peers;
using static TcpRouting.EndToEnd.Tests.Harness.Manifests;

namespace TcpRouting.EndToEnd.Tests.Harness;

/// <summary>
/// The real servers the protocol scenarios talk to, started once, and one `tcprouting run` in front of
/// them with an entry point per scenario. Host names resolve only in the clients' own arguments
/// (psql hostaddr, redis-cli --sni) or through <see cref="HostsOverride"/>.
/// </summary>
public sealed class ProxyLab : IAsyncLifetime
{
    public const string DbA = "db-a.e2e.test";
    public const string DbB = "db-b.e2e.test";
    public const string DbATerm = "db-a.term.e2e.test";
    public const string DbBTerm = "db-b.term.e2e.test";
    public const string RedisPass = "redis.e2e.test";
    public const string RedisTerm = "cache.e2e.test";
    public const string Mqtt = "mqtt.e2e.test";

    private readonly List<IAsyncDisposable> _owned = [];

    public TempDirectory Scratch { get; } = new("e2e-lab");

    internal TestCertificateAuthority Ca { get; private set; } = null!;

    internal ServerCertificate ProxyCertificate { get; private set; } = null!;

    internal PostgresPeer PgA { get; private set; } = null!;

    internal PostgresPeer PgB { get; private set; } = null!;

    internal RedisPeer RedisTls { get; private set; } = null!;

    internal RedisPeer RedisPlain { get; private set; } = null!;

    internal MosquittoPeer Mosquitto { get; private set; } = null!;

    internal BannerServer Banner { get; private set; } = null!;

    internal BannerServer[] Weighted { get; private set; } = [];

    internal TcpEchoServer Echo { get; private set; } = null!;

    internal TcpRoutingProcess Proxy { get; private set; } = null!;

    /// <summary>A port where nothing listens: connecting to it is refused.</summary>
    internal int RefusingPort { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Ca = new TestCertificateAuthority(Scratch.Combine("pki"));
        ProxyCertificate = Ca.Issue("proxy", DbATerm, DbBTerm, RedisTerm);
        var pgA = Ca.Issue("pg-a", DbA);
        var pgB = Ca.Issue("pg-b", DbB);
        var redis = Ca.Issue("redis", RedisPass);
        var mqtt = Ca.Issue("mqtt", Mqtt);

        // Independent servers start together; postgres (initdb) is the slow one.
        var pgATask = PostgresPeer.StartAsync(pgA, "alpha", "marker-alpha");
        var pgBTask = PostgresPeer.StartAsync(pgB, "beta", "marker-beta");
        var redisTlsTask = RedisPeer.StartAsync("redis-over-tls", redis, Ca.CaPath);
        var redisPlainTask = RedisPeer.StartAsync("redis-plain");
        var mqttTask = MosquittoPeer.StartAsync(mqtt, Ca.CaPath);
        PgA = Own(await pgATask);
        PgB = Own(await pgBTask);
        RedisTls = Own(await redisTlsTask);
        RedisPlain = Own(await redisPlainTask);
        Mosquitto = Own(await mqttTask);
        Banner = Own(new BannerServer("220 banner.e2e.test ESMTP ready"));
        Weighted = [Own(new BannerServer("heavy")), Own(new BannerServer("light")), Own(new BannerServer("zero"))];
        Echo = Own(new TcpEchoServer());
        RefusingPort = FreeTcpPort.Next();

        EntryPoint[] entryPoints =
        [
            new("pg", FreeTcpPort.Next()), new("pgterm", FreeTcpPort.Next()), new("pgplain", FreeTcpPort.Next()),
            new("redis", FreeTcpPort.Next()), new("mqtt", FreeTcpPort.Next()), new("banner", FreeTcpPort.Next()),
            new("weighted", FreeTcpPort.Next()), new("failover", FreeTcpPort.Next()), new("down", FreeTcpPort.Next()),
            new("echo", FreeTcpPort.Next()), new("swap", FreeTcpPort.Next()), new("victim", FreeTcpPort.Next()),
            new("sni", FreeTcpPort.Next()) { PeekTimeout = "2s" },
        ];
        var manifests = new Dictionary<string, string>
        {
            ["services.yaml"] = string.Join("---\n",
                Service("pg-a", 5432, PgA.Port), Service("pg-b", 5432, PgB.Port),
                Service("redis-tls", 6379, RedisTls.Port), Service("redis-plain", 6379, RedisPlain.Port),
                Service("mqtt", 8883, Mosquitto.Port), Service("banner", 25, Banner.Port),
                Service("heavy", 80, Weighted[0].Port), Service("light", 80, Weighted[1].Port), Service("zero", 80, Weighted[2].Port),
                Service("flaky", 80, RefusingPort, Banner.Port), Service("gone", 80, RefusingPort),
                Service("echo", 7, Echo.Port)),
            ["secret.yaml"] = TlsSecret("proxy-tls", ProxyCertificate.CertPem, ProxyCertificate.KeyPem),
            ["postgres.yaml"] = string.Join("---\n",
                IngressRouteTcp("pg-a", "pg", HostSni(DbA), "passthrough", new WeightedService("pg-a", 5432)),
                IngressRouteTcp("pg-b", "pg", HostSni(DbB), "passthrough", new WeightedService("pg-b", 5432)),
                IngressRouteTcp("pg-a-term", "pgterm", HostSni(DbATerm), "proxy-tls", new WeightedService("pg-a", 5432)),
                IngressRouteTcp("pg-b-term", "pgterm", HostSni(DbBTerm), "proxy-tls", new WeightedService("pg-b", 5432)),
                IngressRouteTcp("pg-plain", "pgplain", CatchAll, null, new WeightedService("pg-b", 5432))),
            ["redis.yaml"] = string.Join("---\n",
                IngressRouteTcp("redis-pass", "redis", HostSni(RedisPass), "passthrough", new WeightedService("redis-tls", 6379)),
                IngressRouteTcp("redis-term", "redis", HostSni(RedisTerm), "proxy-tls", new WeightedService("redis-plain", 6379))),
            ["mqtt.yaml"] = IngressRouteTcp("mqtt", "mqtt", HostSni(Mqtt), "passthrough", new WeightedService("mqtt", 8883)),
            ["other.yaml"] = string.Join("---\n",
                IngressRouteTcp("banner", "banner", CatchAll, null, new WeightedService("banner", 25)),
                IngressRouteTcp("weighted", "weighted", CatchAll, null, new WeightedService("heavy", 80, 90), new WeightedService("light", 80, 10), new WeightedService("zero", 80, 0)),
                IngressRouteTcp("failover", "failover", CatchAll, null, new WeightedService("flaky", 80)),
                IngressRouteTcp("down", "down", CatchAll, null, new WeightedService("gone", 80)),
                IngressRouteTcp("echo", "echo", CatchAll, null, new WeightedService("echo", 7)),
                IngressRouteTcp("sni", "sni", HostSni("only.e2e.test"), "passthrough", new WeightedService("echo", 7))),
            ["swap.yaml"] = SwapRoute(0),
        };
        Proxy = await TcpRoutingProcess.StartAsync(entryPoints, manifests);
    }

    /// <summary>The `swap` entry point's route in its <paramref name="version"/>th shape: same backend, a changing
    /// extra route and weight, so every rewrite is a different table.</summary>
    internal static string SwapRoute(int version) => string.Join("---\n",
        IngressRouteTcp("swap", "swap", CatchAll, null, new WeightedService("echo", 7, 1 + (version % 7))),
        IngressRouteTcp($"swap-extra", "swap", HostSni($"v{version}.swap.e2e.test"), "passthrough", new WeightedService("banner", 25)));

    public async ValueTask DisposeAsync()
    {
        if (Proxy is not null)
        {
            await Proxy.DisposeAsync();
        }

        foreach (var owned in Enumerable.Reverse(_owned))
        {
            await owned.DisposeAsync();
        }

        Ca?.Dispose();
        Scratch.Dispose();
    }

    private T Own<T>(T disposable)
        where T : IAsyncDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
