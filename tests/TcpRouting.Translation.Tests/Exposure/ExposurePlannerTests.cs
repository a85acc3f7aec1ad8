using System.Collections.Immutable;
using FluentAssertions;
using TcpRouting.Translation.Exposure;
using TcpRouting.Translation.Status;
using static TcpRouting.Translation.Tests.Gateway.K8s;

namespace TcpRouting.Translation.Tests.Exposure;

public sealed class ExposurePlannerTests
{
    private static readonly ExposureSettings Settings = new(
        "tcprouting",
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("app.kubernetes.io/name", "tcprouting")]),
        "LoadBalancer",
        new ServiceRef("tcprouting", "tcprouting"));

    private static KubeObject Class() => GatewayClass("ours", TranslationSettings.DefaultGatewayControllerName);

    private static KubeObject Gw(string ns, string name, object? addresses = null, object? infrastructure = null, params object[] listeners) => Obj(new
    {
        apiVersion = $"{GatewayGroup}/v1",
        kind = "Gateway",
        metadata = new { name, @namespace = ns, generation = 1, uid = $"uid-{name}", creationTimestamp = "2024-01-01T00:00:00Z" },
        spec = new { gatewayClassName = "ours", listeners, addresses, infrastructure },
    });

    private static KubeObject LoadBalancerService(string ns, string name, string? ip = null, string? hostname = null) => Obj(new
    {
        apiVersion = "v1",
        kind = "Service",
        metadata = new { name, @namespace = ns },
        spec = new { type = "LoadBalancer", clusterIP = "10.96.0.10", ports = new[] { new { name = "web", port = 80 } } },
        status = new { loadBalancer = new { ingress = ip is null && hostname is null ? Array.Empty<object>() : [new { ip, hostname }] } },
    });

    private static ExposurePlan Plan(IEnumerable<KubeObject> objects, StaticConfig? config = null, ExposureSettings? settings = null)
    {
        var snapshot = ResourceSnapshot.Of(objects, config);
        return ExposurePlanner.Plan(snapshot, Translator.Translate(snapshot), settings ?? Settings);
    }

    private static ObjectStatus StatusOf(ExposurePlan plan, string kind, string name) => plan.Result.Statuses.Single(s => s.Object.Kind == kind && s.Object.Name == name);

    private static Condition ConditionOf(ObjectStatus status, string type) => status.Conditions.Single(c => c.Type == type);

    [Fact]
    public void A_gateway_gets_a_service_in_the_operators_namespace_with_a_port_per_programmed_listener()
    {
        var plan = Plan([Class(), Gw("default", "kong", listeners: [Tcp("stream9000", 9000), Tcp("a-listener-name-too-long", 9001), Tcp("dup", 9000)])]);

        var service = plan.GatewayServices.Should().ContainSingle().Subject;
        service.Namespace.Should().Be("tcprouting");
        service.Name.Should().StartWith("tcprouting-default-kong-").And.HaveLength("tcprouting-default-kong-".Length + 8);
        service.Type.Should().Be("LoadBalancer");
        service.Selector.Should().Equal(Settings.PodSelector);
        service.Ports.Should().Equal(new ServicePort("stream9000", 9000), new ServicePort("tcp-9001", 9001));
        service.Labels.Should().Contain(GatewayServiceNames.GatewayNameLabel, "kong").And.Contain(GatewayServiceNames.ManagedByLabel, "tcprouting");
        service.Owner.Should().BeNull("an owner reference cannot cross namespaces");
    }

    [Fact]
    public void A_gateway_in_the_operators_namespace_owns_its_service()
    {
        var plan = Plan([Class(), Gw("tcprouting", "gw", listeners: [Tcp("tcp", 9000)])]);

        plan.GatewayServices.Single().Owner.Should().Be(new ServiceOwner($"{GatewayGroup}/v1", "Gateway", "gw", "uid-gw"));
    }

    [Fact]
    public void Infrastructure_labels_and_annotations_go_onto_the_service_and_ours_win()
    {
        var infrastructure = new
        {
            labels = new Dictionary<string, string> { ["team"] = "db", [GatewayServiceNames.ManagedByLabel] = "someone" },
            annotations = new Dictionary<string, string> { ["service.beta.kubernetes.io/aws-load-balancer-internal"] = "true" },
        };
        var plan = Plan([Class(), Gw("default", "gw", infrastructure: infrastructure, listeners: [Tcp("tcp", 9000)])]);

        var service = plan.GatewayServices.Single();
        service.Labels.Should().Contain("team", "db").And.Contain(GatewayServiceNames.ManagedByLabel, "tcprouting");
        service.Annotations.Should().Contain("service.beta.kubernetes.io/aws-load-balancer-internal", "true");
    }

    [Fact]
    public void Until_the_service_exists_the_gateway_is_not_programmed_and_has_no_address()
    {
        var status = StatusOf(Plan([Class(), Gw("default", "gw", listeners: [Tcp("tcp", 9000)])]), "Gateway", "gw");

        status.Addresses.Should().BeEmpty();
        var programmed = ConditionOf(status, "Programmed");
        programmed.Status.Should().Be("False");
        programmed.Reason.Should().Be("AddressNotAssigned");
        programmed.Message.Should().Contain("to be created");
    }

    [Fact]
    public void The_load_balancers_address_becomes_the_gateways_address()
    {
        var name = GatewayServiceNames.For("default", "gw");
        var pending = StatusOf(Plan([Class(), Gw("default", "gw", listeners: [Tcp("tcp", 9000)]), LoadBalancerService("tcprouting", name)]), "Gateway", "gw");
        ConditionOf(pending, "Programmed").Message.Should().Contain("waiting for the load balancer");

        var ready = StatusOf(Plan([Class(), Gw("default", "gw", listeners: [Tcp("tcp", 9000)]), LoadBalancerService("tcprouting", name, ip: "192.0.2.10")]), "Gateway", "gw");
        ready.Addresses.Should().Equal(StatusAddress.Ip("192.0.2.10"));
        ConditionOf(ready, "Programmed").Status.Should().Be("True");
    }

    [Fact]
    public void A_cluster_ip_service_gives_its_cluster_ip()
    {
        var settings = Settings with { GatewayServiceType = "ClusterIP" };
        var service = Obj(new { apiVersion = "v1", kind = "Service", metadata = new { name = GatewayServiceNames.For("default", "gw"), @namespace = "tcprouting" }, spec = new { type = "ClusterIP", clusterIP = "10.96.3.4" } });

        var status = StatusOf(Plan([Class(), Gw("default", "gw", listeners: [Tcp("tcp", 9000)]), service], settings: settings), "Gateway", "gw");

        status.Addresses.Should().Equal(StatusAddress.Ip("10.96.3.4"));
        ConditionOf(status, "Programmed").Status.Should().Be("True");
    }

    [Fact]
    public void A_requested_ip_is_asked_of_the_load_balancer_and_reported_missing_until_assigned()
    {
        var addresses = new[] { new { type = "IPAddress", value = "192.0.2.99" } };
        var name = GatewayServiceNames.For("default", "gw");
        var plan = Plan([Class(), Gw("default", "gw", addresses, listeners: [Tcp("tcp", 9000)]), LoadBalancerService("tcprouting", name, ip: "192.0.2.10")]);

        plan.GatewayServices.Single().LoadBalancerIp.Should().Be("192.0.2.99");
        var programmed = ConditionOf(StatusOf(plan, "Gateway", "gw"), "Programmed");
        programmed.Reason.Should().Be("AddressNotAssigned");
        programmed.Message.Should().Contain("192.0.2.99");
    }

    [Fact]
    public void A_requested_hostname_is_published_through_external_dns_and_reported_with_the_address()
    {
        var addresses = new[] { new { type = "Hostname", value = "db.example.com" } };
        var name = GatewayServiceNames.For("default", "gw");
        var plan = Plan([Class(), Gw("default", "gw", addresses, listeners: [Tcp("tcp", 9000)]), LoadBalancerService("tcprouting", name, ip: "192.0.2.10")]);

        plan.GatewayServices.Single().Annotations.Should().Contain(GatewayServices.ExternalDnsHostname, "db.example.com");
        StatusOf(plan, "Gateway", "gw").Addresses.Should().Equal(StatusAddress.Ip("192.0.2.10"), StatusAddress.Hostname("db.example.com"));
    }

    [Fact]
    public void An_address_type_a_service_cannot_carry_is_unsupported()
    {
        var addresses = new[] { new { type = "NamedAddress", value = "pool-a" } };
        var status = StatusOf(Plan([Class(), Gw("default", "gw", addresses, listeners: [Tcp("tcp", 9000)])]), "Gateway", "gw");

        var accepted = ConditionOf(status, "Accepted");
        accepted.Status.Should().Be("False");
        accepted.Reason.Should().Be("UnsupportedAddress");
        accepted.Message.Should().Contain("NamedAddress pool-a");
    }

    [Fact]
    public void Tcpingress_ports_that_are_not_entry_points_go_onto_the_publish_service_with_its_address()
    {
        var tcpIngress = Obj(new
        {
            apiVersion = "configuration.konghq.com/v1beta1",
            kind = "TCPIngress",
            metadata = new { name = "echo", @namespace = "default", generation = 1 },
            spec = new { rules = new[] { new { port = 9000, backend = new { serviceName = "echo", servicePort = 1025 } }, new { port = 8000, backend = new { serviceName = "echo", servicePort = 1025 } } } },
        });
        var config = new StaticConfig([new EntryPointConfig("web", ":8000", TcpRouting.Model.ListenerOptions.Default)]);

        var plan = Plan([.. ServiceWithEndpoint("default", "echo", 1025, "10.0.0.1"), tcpIngress, LoadBalancerService("tcprouting", "tcprouting", ip: "192.0.2.3")], config);

        plan.PublishPorts!.Ports.Should().Equal(new ServicePort("tcp-9000", 9000));
        plan.PublishPorts.Namespace.Should().Be("tcprouting");
        StatusOf(plan, "TCPIngress", "echo").Addresses.Should().Equal(StatusAddress.Ip("192.0.2.3"));
    }

    [Fact]
    public void With_no_runtime_ports_the_publish_apply_declares_nothing_so_earlier_ports_are_removed()
    {
        var plan = Plan([]);

        var body = ServiceApplyJson.Build(plan.PublishPorts!);
        body.ToJsonString().Should().Be("""{"apiVersion":"v1","kind":"Service","metadata":{"name":"tcprouting","namespace":"tcprouting"}}""");
    }

    [Fact]
    public void A_gateway_service_apply_carries_ports_selector_and_owner()
    {
        var plan = Plan([Class(), Gw("tcprouting", "gw", listeners: [Tcp("tcp", 9000)])]);

        var body = ServiceApplyJson.Build(plan.GatewayServices.Single());
        body["spec"]!["ports"]![0]!.ToJsonString().Should().Be("""{"name":"tcp","port":9000,"targetPort":9000,"protocol":"TCP"}""");
        body["spec"]!["selector"]!["app.kubernetes.io/name"]!.GetValue<string>().Should().Be("tcprouting");
        body["metadata"]!["ownerReferences"]![0]!["uid"]!.GetValue<string>().Should().Be("uid-gw");
    }

    [Theory]
    [InlineData("tcp", true)]
    [InlineData("stream9000", true)]
    [InlineData("a-listener-name-too-long", false)]
    [InlineData("Upper", false)]
    [InlineData("9000", false)]
    [InlineData("a--b", false)]
    [InlineData("-a", false)]
    public void Port_names_follow_rfc_6335(string name, bool valid) => ServicePortNames.IsIanaName(name).Should().Be(valid);
}
