using System.Text.Json.Nodes;
using FluentAssertions;
using TcpRouting.Model;
using TcpRouting.Translation;
using TcpRouting.Translation.Manifests;

namespace TcpRouting.Operator.Tests.Management;

/// <summary>
/// Generated YAML (CLI and MCP, seed 002 scenario B) is valid against our CRD schemas and translates without a
/// problem next to the Services (and Gateway) it names.
/// </summary>
public sealed class GenerateTests
{
    private static readonly string[][] CliCases =
    [
        ["ingressroutetcp", "--name", "postgres-route", "--service", "postgres", "--port", "5432", "--entry-point", "postgresql", "--middleware", "db-allowlist", "--weight", "3"],
        ["ingressroutetcp", "--name", "redis-route", "--service", "redis", "--port", "6379", "--entry-point", "redis", "--sni", "redis.example.com", "--passthrough"],
        ["ingressroutetcp", "--name", "tenants", "--service", "redis", "--port", "6379", "--entry-point", "redis", "--sni", "*.tenants.example.com", "--passthrough"],
        ["middlewaretcp", "--name", "db-allowlist", "--source-range", "192.168.1.0/24", "--source-range", "10.0.0.1"],
        ["middlewaretcp", "--name", "few-connections", "--in-flight", "10"],
        ["tcproute", "--name", "mqtt", "--service", "mqtt", "--port", "1883", "--gateway", "edge", "--section", "mqtt", "--weight", "2"],
        ["tlsroute", "--name", "mqtts", "--service", "mqtt", "--port", "1883", "--gateway", "edge", "--section", "tls", "--hostname", "mqtt.example.com"],
        ["tcpingress", "--name", "kong-postgres", "--service", "postgres", "--port", "5432", "--listen-port", "9000"],
        ["ingressroutetcp", "--name", "pg-primary", "--service", "postgres", "--port", "5432", "--health-check", "{port: 8008, http: {path: /primary}, interval: 2s, fall: 2}"],
    ];

    [Fact]
    public async Task Every_kind_generated_by_the_cli_is_schema_valid_and_translates_cleanly()
    {
        var generated = new List<KubeObject>();
        foreach (var args in CliCases)
        {
            var result = await Support.Cli.RunAsync(["generate", .. args]);
            result.ExitCode.Should().Be(0, result.Error);
            generated.Add(ReadOne(result.Output));
        }

        generated.Select(o => o.Kind).Should().Equal("IngressRouteTCP", "IngressRouteTCP", "IngressRouteTCP", "MiddlewareTCP", "MiddlewareTCP", "TCPRoute", "TLSRoute", "TCPIngress", "IngressRouteTCP");
        await ShouldBeSchemaValidAsync(generated);
        ShouldTranslateCleanly(generated);
    }

    [Fact]
    public async Task Scenario_b_generator_tool_yaml_is_schema_valid_and_translates_cleanly()
    {
        await using var target = await ManagementTarget.StartAsync(ManagementTarget.Folder);
        await using var session = await McpSession.StartAsync(target.Manager());

        var route = await session.CallAsync("traefik_generate_routing_manifest", new() { ["manifest_type"] = "ingress_route_tcp", ["name"] = "postgres-route", ["service_name"] = "postgres", ["service_port"] = 5432, ["namespace"] = "default" });
        var allowList = await session.CallAsync("traefik_generate_routing_manifest", new() { ["manifest_type"] = "middleware_tcp", ["name"] = "db-allowlist", ["source_ranges"] = "[\"192.168.1.0/24\"]", ["namespace"] = "default" });

        route.Should().Contain("HostSNI(`*`)").And.Contain("postgresql");
        var objects = new[] { ReadOne(route), ReadOne(allowList) };
        await ShouldBeSchemaValidAsync(objects);
        ShouldTranslateCleanly(objects);
        Directory.EnumerateFiles(((string[])target.StoreArgs)[1]).Should().BeEmpty("generating writes nothing");
    }

    [Fact]
    public async Task Generate_refuses_bad_input_naming_the_option()
    {
        var result = await Support.Cli.RunAsync("generate", "middlewaretcp", "--name", "db-allowlist", "--source-range", "10.0.0.0/33");

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().ContainSingle().Which.Should().Contain("--source-range[0]").And.Contain("10.0.0.0/33");
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public async Task Generate_names_the_health_check_field_that_is_wrong()
    {
        var result = await Support.Cli.RunAsync("generate", "ingressroutetcp", "--name", "pg", "--service", "pg", "--port", "5432", "--health-check", "{interval: soon}");

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().ContainSingle().Which.Should().Contain("--health-check.interval").And.Contain("not a positive duration");
        result.Output.Should().BeEmpty();
    }

    private static KubeObject ReadOne(string yaml)
    {
        var read = ManifestReader.Read(yaml, "generated.yaml");
        read.Errors.Should().BeEmpty();
        return read.Objects.Should().ContainSingle().Subject;
    }

    private static async Task ShouldBeSchemaValidAsync(IEnumerable<KubeObject> objects)
    {
        var results = await SchemaValidation.ValidateAsync(objects.Select(o => ($"{o.Kind}/{o.Name}", JsonNode.Parse(o.Json.GetRawText())!.AsObject())));
        results.Should().NotBeEmpty().And.OnlyContain(r => r.Ok, string.Join("\n", results.Where(r => !r.Ok)));
    }

    private static void ShouldTranslateCleanly(IReadOnlyList<KubeObject> generated)
    {
        KubeObject[] context =
        [
            Parse("""{"apiVersion":"v1","kind":"Service","metadata":{"name":"postgres","namespace":"default"},"spec":{"clusterIP":"10.96.0.10","ports":[{"name":"pg","port":5432}]}}"""),
            Parse("""{"apiVersion":"v1","kind":"Service","metadata":{"name":"redis","namespace":"default"},"spec":{"clusterIP":"10.96.0.11","ports":[{"name":"redis","port":6379}]}}"""),
            Parse("""{"apiVersion":"v1","kind":"Service","metadata":{"name":"mqtt","namespace":"default"},"spec":{"clusterIP":"10.96.0.12","ports":[{"name":"mqtt","port":1883}]}}"""),
            Parse("""{"apiVersion":"gateway.networking.k8s.io/v1","kind":"Gateway","metadata":{"name":"edge","namespace":"default"},"spec":{"gatewayClassName":"tcprouting","listeners":[{"name":"mqtt","protocol":"TCP","port":1883},{"name":"tls","protocol":"TLS","port":8883,"tls":{"mode":"Passthrough"}}]}}"""),
        ];
        // The entry points the seed's Traefik static configuration declares (seed 002, Important Notes 2).
        var config = new StaticConfig([new EntryPointConfig("postgresql", ":5432", ListenerOptions.Default), new EntryPointConfig("redis", ":6379", ListenerOptions.Default)]);
        var result = Translator.Translate(ResourceSnapshot.Of([.. generated, .. context], config, TranslationSettings.Default with { ManifestMode = true }));

        var faults = generated.SelectMany(o =>
        {
            var status = result.Statuses.Single(s => s.Object == o.Ref);
            return status.Problems.Select(p => $"{o.Kind} {o.Name}: {p.Field}: {p.Message}")
                .Concat(status.Parents.SelectMany(p => p.Conditions).Where(c => c.Status != "True").Select(c => $"{o.Kind} {o.Name}: {c.Type} {c.Status}: {c.Message}"));
        });
        faults.Should().BeEmpty();
    }

    private static KubeObject Parse(string json) => KubeObject.FromJson(System.Text.Json.JsonDocument.Parse(json).RootElement);
}
