using System.Text.Json.Nodes;
using FluentAssertions;
using TcpRouting.Translation.Config;

namespace TcpRouting.Operator.Tests.Packaging;

/// <summary>charts/tcprouting: lints, renders with default and rich values, and every object it renders validates offline.</summary>
public sealed class ChartTests
{
    public static TheoryData<string> ValueSets() => ["default", "rich"];

    private static string[] Args(string values) => values == "default" ? [] : ["-f", Helm.ValuesFile("rich-values.yaml")];

    [Theory]
    [MemberData(nameof(ValueSets))]
    public async Task Lints_strictly(string values)
    {
        var run = await Helm.LintAsync(Args(values));

        run.ExitCode.Should().Be(0, run.Stdout + run.Stderr);
        run.Stdout.Should().Contain("0 chart(s) failed");
    }

    [Theory]
    [MemberData(nameof(ValueSets))]
    public async Task Every_rendered_object_validates_offline(string values)
    {
        var objects = await Helm.TemplateAsync([.. Args(values), "--include-crds"]);

        var results = await ObjectValidator.ValidateAsync(objects.Select(o => (Helm.Id(o), o)));

        results.Should().HaveCount(objects.Count);
        results.Where(r => !r.Ok).Should().BeEmpty();
    }

    [Fact]
    public async Task Default_values_run_two_hardened_replicas_behind_a_load_balancer_with_one_port_per_entry_point()
    {
        var objects = await Helm.TemplateAsync();

        var deployment = objects.Single("Deployment");
        deployment["spec"]!["replicas"]!.GetValue<long>().Should().Be(2);
        var container = deployment["spec"]!["template"]!["spec"]!["containers"]![0]!;
        container["livenessProbe"]!["httpGet"]!["path"]!.GetValue<string>().Should().Be("/healthz");
        container["readinessProbe"]!["httpGet"]!["path"]!.GetValue<string>().Should().Be("/readyz");
        container["ports"]!.AsArray().Should().Contain(p => (string?)p!["name"] == "admin" && (long?)p["containerPort"] == 9000);
        var security = container["securityContext"]!;
        security["allowPrivilegeEscalation"]!.GetValue<bool>().Should().BeFalse();
        security["readOnlyRootFilesystem"]!.GetValue<bool>().Should().BeTrue();
        security["capabilities"]!["drop"]!.AsArray().Select(c => (string?)c).Should().Equal("ALL");
        security["capabilities"]!["add"].Should().BeNull("no entry point listens below 1024 by default");
        deployment["spec"]!["template"]!["spec"]!["securityContext"]!["runAsNonRoot"]!.GetValue<bool>().Should().BeTrue();

        var service = objects.Single("Service", "tcprouting");
        service["spec"]!["type"]!.GetValue<string>().Should().Be("LoadBalancer");
        service["spec"]!["ports"]!.AsArray().Select(p => ((string)p!["name"]!, (long)p["port"]!))
            .Should().BeEquivalentTo([("websecure", 443L), ("postgres", 5432L), ("redis", 6379L)]);
        objects.Should().NotContain(o => (string?)o["kind"] == "CustomResourceDefinition", "the legacy Traefik CRDs are opt-in and Gateway API CRDs come from upstream");
        objects.Should().NotContain(o => (string?)o["kind"] == "ServiceMonitor");
    }

    [Fact]
    public async Task A_port_below_1024_adds_NET_BIND_SERVICE_and_lowers_the_unprivileged_port_start()
    {
        var objects = await Helm.TemplateAsync("--set", "entryPoints.websecure.port=443");

        var spec = objects.Single("Deployment")["spec"]!["template"]!["spec"]!;
        spec["containers"]![0]!["securityContext"]!["capabilities"]!["add"]!.AsArray().Select(c => (string?)c).Should().Equal("NET_BIND_SERVICE");
        spec["securityContext"]!["sysctls"]![0]!["value"]!.GetValue<string>().Should().Be("443");
    }

    [Theory]
    [MemberData(nameof(ValueSets))]
    public async Task The_static_config_parses_with_every_entry_point(string values)
    {
        var objects = await Helm.TemplateAsync(Args(values));

        var yaml = objects.Single("ConfigMap")["data"]!["config.yaml"]!.GetValue<string>();
        var config = StaticConfigParser.Parse(yaml, "config.yaml", out var errors);

        errors.Should().BeEmpty();
        var ports = objects.Single("Deployment")["spec"]!["template"]!["spec"]!["containers"]![0]!["ports"]!.AsArray()
            .Select(p => (string)p!["name"]!).Where(n => n != "admin");
        config.EntryPoints.Select(e => e.Name).Should().BeEquivalentTo(ports);
    }

    [Fact]
    public async Task Rich_values_ship_the_legacy_crds_a_service_monitor_and_the_extra_objects()
    {
        var objects = await Helm.TemplateAsync("-f", Helm.ValuesFile("rich-values.yaml"));

        objects.Where(o => (string?)o["kind"] == "CustomResourceDefinition").Select(o => (string?)o["spec"]!["group"])
            .Should().HaveCount(4).And.AllBe("traefik.containo.us");
        objects.Single("ServiceMonitor")["spec"]!["endpoints"]![0]!["port"]!.GetValue<string>().Should().Be("admin");
        objects.Single("MiddlewareTCP", "tcprouting-allow")["metadata"]!["namespace"]!.GetValue<string>().Should().Be(Helm.Namespace);
        objects.Single("Gateway", "tcprouting");
        var service = objects.Single("Service", "tcprouting");
        service["spec"]!["ports"]!.AsArray().Should().NotContain(p => (string?)p!["name"] == "internal", "expose: false keeps a port off the Service");
        service["spec"]!["ports"]!.AsArray().Should().Contain(p => (string?)p!["name"] == "tcp-generic" && (long?)p["port"] == 9000 && (long?)p["nodePort"] == 30900);
    }

    [Fact]
    public async Task Values_that_break_the_schema_are_refused()
    {
        var run = await ToolRun.RunAsync(Repo.Tool("helm"), ["template", "tcprouting", Repo.Chart, "--set", "entryPoints.Bad_Name.port=70000"]);

        run.ExitCode.Should().NotBe(0);
        run.Stderr.Should().Contain("values don't meet the specifications of the schema");
    }
}
