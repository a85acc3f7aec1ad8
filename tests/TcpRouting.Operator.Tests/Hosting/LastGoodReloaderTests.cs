using TcpRouting.Testing.Network;
using FluentAssertions;
using TcpRouting.Model;
using TcpRouting.Operator.Hosting;
using TcpRouting.Operator.Loading;
using TcpRouting.Operator.Tests.Support;
using TcpRouting.Testing.Peers;
using TcpRouting.Translation;
using TcpRouting.Translation.Config;

namespace TcpRouting.Operator.Tests.Hosting;

public sealed class LastGoodReloaderTests : IDisposable
{
    private readonly TempDirectory _folder = new("op-reload");
    private readonly LastGoodReloader _reloader;

    public LastGoodReloaderTests()
    {
        var config = StaticConfigParser.Parse(Manifests.Config(FreeTcpPort.Next()), "config.yaml", out _);
        _reloader = new LastGoodReloader(config, TranslationSettings.DefaultGatewayControllerName);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_edit_that_breaks_a_rule_keeps_serving_the_last_good_route_and_reports_the_problem()
    {
        Write("services.yaml", Manifests.Service("one", 7001));
        Write("route.yaml", Manifests.Route("r", "one"));
        var good = Reload();

        Write("route.yaml", Manifests.Route("r", "one", "HostSNI(`x`"));
        var bad = Reload();

        good.Problems.Should().BeEmpty();
        bad.Result.Table.Fingerprint.Should().Be(good.Result.Table.Fingerprint);
        bad.Kept.Should().ContainSingle().Which.Should().Be(new SourceRef("IngressRouteTCP", "test", "r"));
        bad.Problems.Should().ContainSingle().Which.Should().StartWith(_folder.Combine("route.yaml") + ":1: IngressRouteTCP test/r: spec.routes[0].match: ");
        bad.Result.Statuses.Single(s => s.Object.Name == "r").IsAccepted.Should().BeFalse("the status says what the file says now");
    }

    [Fact]
    public void A_yaml_error_keeps_the_objects_of_that_document_and_a_fix_is_served()
    {
        Write("services.yaml", Manifests.Service("one", 7001) + "\n---\n" + Manifests.Service("two", 7002));
        Write("route.yaml", Manifests.Route("r", "one"));
        var good = Reload();

        Write("route.yaml", Manifests.Route("r", "one") + "\n  oops: [");
        var broken = Reload();
        Write("route.yaml", Manifests.Route("r", "two"));
        var fixedUp = Reload();

        broken.Result.Table.Fingerprint.Should().Be(good.Result.Table.Fingerprint);
        broken.Problems.Should().ContainSingle().Which.Should().StartWith(_folder.Combine("route.yaml") + ":");
        Endpoints(fixedUp).Should().Equal("127.0.0.1:7002");
        fixedUp.Kept.Should().BeEmpty();
    }

    [Fact]
    public void A_removed_object_goes_away()
    {
        Write("services.yaml", Manifests.Service("one", 7001));
        Write("route.yaml", Manifests.Route("r", "one"));
        var good = Reload();

        File.Delete(_folder.Combine("route.yaml"));
        var removed = Reload();

        Endpoints(good).Should().Equal("127.0.0.1:7001");
        removed.Result.Table.Listeners.SelectMany(l => l.Routes).Should().BeEmpty();
    }

    [Fact]
    public void An_object_broken_from_the_start_is_skipped_and_the_others_are_served()
    {
        Write("services.yaml", Manifests.Service("one", 7001));
        Write("routes.yaml", Manifests.Route("bad", "one", "HostSNI(`x`") + "\n---\n" + Manifests.Route("good", "one"));

        var outcome = Reload();

        outcome.Kept.Should().BeEmpty();
        outcome.Problems.Should().ContainSingle().Which.Should().Contain("IngressRouteTCP test/bad");
        outcome.Result.Table.Listeners.SelectMany(l => l.Routes).Should().ContainSingle().Which.Source.Name.Should().Be("good");
    }

    private ReloadOutcome Reload() => _reloader.Reload(ManifestLoader.Load([_folder.Path]));

    private void Write(string name, string yaml) => File.WriteAllText(_folder.Combine(name), yaml);

    private static IEnumerable<string> Endpoints(ReloadOutcome outcome) =>
        outcome.Result.Table.Listeners.SelectMany(l => l.Routes).SelectMany(r => r.Backends).SelectMany(b => b.Endpoints).Select(e => e.ToString());
}
