using System.CommandLine;
using TcpRouting.Operator.Management.Model;

namespace TcpRouting.Operator.Management.Cli;

/// <summary>The options that describe a route, shared by `generate KIND` and `route apply`.</summary>
internal sealed class RouteOptions
{
    public Option<string> Name { get; } = new("--name") { Description = "The route's name", Required = true };

    public Option<string> Namespace { get; } = new("--namespace", "-n") { Description = "The route's namespace", DefaultValueFactory = _ => "default" };

    private readonly Option<string> _service = new("--service") { Description = "The Kubernetes Service connections go to", Required = true };
    private readonly Option<int> _port = new("--port") { Description = "The Service port", Required = true };
    private readonly Option<string[]> _entryPoints = new("--entry-point") { Description = "IngressRouteTCP: an entry point to bind (repeatable; none binds every entry point)", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string> _sni = new("--sni") { Description = "SNI to match: * (any client, plain TCP included), a host name, or a whole rule", DefaultValueFactory = _ => "*" };
    private readonly Option<bool> _passthrough = new("--passthrough") { Description = "IngressRouteTCP: pass TLS through to the backend (spec.tls.passthrough)" };
    private readonly Option<string[]> _middlewares = new("--middleware") { Description = "IngressRouteTCP: a MiddlewareTCP in the route's namespace (repeatable)", AllowMultipleArgumentsPerToken = true };
    private readonly Option<int?> _weight = new("--weight") { Description = "The backend's weight" };
    private readonly Option<string?> _gateway = new("--gateway") { Description = "TCPRoute/TLSRoute: the parent Gateway" };
    private readonly Option<string?> _gatewayNamespace = new("--gateway-namespace") { Description = "TCPRoute/TLSRoute: the parent Gateway's namespace (default: the route's)" };
    private readonly Option<string?> _section = new("--section") { Description = "TCPRoute/TLSRoute: the Gateway listener (sectionName)" };
    private readonly Option<string[]> _hostnames = new("--hostname") { Description = "TLSRoute: an SNI host name (repeatable)", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string?> _healthCheck = new("--health-check")
    {
        Description = "IngressRouteTCP: the service's healthCheck as YAML or JSON, e.g. '{port: 8008, http: {path: /primary}, interval: 2s}' (other kinds: annotate the Service with tcprouting.io/health-check)",
    };

    private readonly Option<int?> _listenPort = new("--listen-port") { Description = "TCPIngress: the port to listen on" };

    /// <summary>Our field names as the options spell them, for validation messages.</summary>
    public static string Label(string field) => field switch
    {
        "entryPoints" => "--entry-point",
        "middlewares" => "--middleware",
        "hostnames" => "--hostname",
        "listenPort" => "--listen-port",
        "healthCheck" => "--health-check",
        _ => $"--{field}",
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Name, Namespace, _service, _port, _entryPoints, _sni, _passthrough, _middlewares, _weight, _gateway, _gatewayNamespace, _section, _hostnames, _listenPort, _healthCheck })
        {
            command.Options.Add(option);
        }
    }

    public RouteRequest Bind(ParseResult parse, ManagedKind kind) => new(kind, parse.GetRequiredValue(Name), parse.GetRequiredValue(Namespace), parse.GetRequiredValue(_service), parse.GetValue(_port))
    {
        EntryPoints = parse.GetValue(_entryPoints) ?? [],
        Sni = parse.GetRequiredValue(_sni),
        Passthrough = parse.GetValue(_passthrough),
        Middlewares = parse.GetValue(_middlewares) ?? [],
        Weight = parse.GetValue(_weight),
        Gateway = parse.GetValue(_gateway),
        GatewayNamespace = parse.GetValue(_gatewayNamespace),
        Section = parse.GetValue(_section),
        Hostnames = parse.GetValue(_hostnames) ?? [],
        ListenPort = parse.GetValue(_listenPort),
        HealthCheck = parse.GetValue(_healthCheck),
    };
}
