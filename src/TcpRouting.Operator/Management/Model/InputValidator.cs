using System.Text.RegularExpressions;
using TcpRouting.Translation.Core;

namespace TcpRouting.Operator.Management.Model;

/// <summary>
/// Checks requests before anything is written, so a mistake is reported as "which parameter, why" rather than as
/// an API server rejection. <c>label</c> maps a field (name, service, sourceRanges...) to the caller's spelling of
/// it: `--service` on the command line, `service_name` in the MCP tools.
/// </summary>
internal static partial class InputValidator
{
    public static void Validate(RouteRequest r, Func<string, string> label)
    {
        var problems = new List<string>();
        Name(problems, label("name"), r.Name, subdomain: true);
        Name(problems, label("namespace"), r.Namespace, subdomain: false);
        Name(problems, label("service"), r.Service, subdomain: false);
        Port(problems, label("port"), r.Port);
        for (var i = 0; i < r.EntryPoints.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(r.EntryPoints[i]) || r.EntryPoints[i].Any(char.IsWhiteSpace))
            {
                problems.Add($"{label("entryPoints")}[{i}]: \"{r.EntryPoints[i]}\" is not an entry point name");
            }
        }

        for (var i = 0; i < r.Middlewares.Count; i++)
        {
            Name(problems, $"{label("middlewares")}[{i}]", r.Middlewares[i], subdomain: true);
        }

        if (r.Sni != "*" && !r.Sni.Contains('(', StringComparison.Ordinal) && !HostnamePattern().IsMatch(r.Sni))
        {
            problems.Add($"{label("sni")}: \"{r.Sni}\" is neither \"*\", a host name nor a rule such as HostSNI(`db.example.com`)");
        }

        if (r.Weight is < 0)
        {
            problems.Add($"{label("weight")}: {r.Weight} is negative");
        }

        for (var i = 0; i < r.Hostnames.Count; i++)
        {
            if (!HostnamePattern().IsMatch(r.Hostnames[i]))
            {
                problems.Add($"{label("hostnames")}[{i}]: \"{r.Hostnames[i]}\" is not a host name (RFC 1123, optionally with a leading *.)");
            }
        }

        if (r.Kind == ManagedKind.TcpRoute || r.Kind == ManagedKind.TlsRoute)
        {
            Name(problems, label("gateway"), r.Gateway, subdomain: true);
        }

        if (r.Kind == ManagedKind.TcpIngress)
        {
            Port(problems, label("listenPort"), r.ListenPort);
        }

        HealthCheck(problems, label("healthCheck"), r);
        Throw(problems);
    }

    public static void Validate(MiddlewareRequest m, Func<string, string> label)
    {
        var problems = new List<string>();
        Name(problems, label("name"), m.Name, subdomain: true);
        Name(problems, label("namespace"), m.Namespace, subdomain: false);
        if (m.Type == MiddlewareType.IpAllowList)
        {
            if (m.SourceRanges.Count == 0)
            {
                problems.Add($"{label("sourceRanges")}: an IP allow list needs at least one address or CIDR range");
            }

            for (var i = 0; i < m.SourceRanges.Count; i++)
            {
                if (!Cidr.TryParse(m.SourceRanges[i], out _, out var error))
                {
                    problems.Add($"{label("sourceRanges")}[{i}]: {error}");
                }
            }
        }
        else if (m.Amount is not > 0)
        {
            problems.Add($"{label("amount")}: an in-flight connection limit needs a positive amount");
        }

        Throw(problems);
    }

    /// <summary>RFC 1123 label (namespaces, Services) or subdomain (object names), as the API server checks them.</summary>
    private static void Name(List<string> problems, string field, string? value, bool subdomain)
    {
        if (string.IsNullOrEmpty(value))
        {
            problems.Add($"{field}: required");
        }
        else if (subdomain ? value.Length > 253 || !SubdomainPattern().IsMatch(value) : value.Length > 63 || !LabelPattern().IsMatch(value))
        {
            problems.Add($"{field}: \"{value}\" is not a valid name (lower case letters, digits and '-'{(subdomain ? " or '.'" : string.Empty)}, starting and ending with a letter or digit)");
        }
    }

    private static void Port(List<string> problems, string field, int? port)
    {
        if (port is not (>= 1 and <= 65535))
        {
            problems.Add(port is null ? $"{field}: required" : $"{field}: {port} is not a port (1 to 65535)");
        }
    }

    /// <summary>Read as translation reads it, so a bad field is named here rather than in the route's status later.</summary>
    private static void HealthCheck(List<string> problems, string label, RouteRequest r)
    {
        if (r.HealthCheck is not { } text)
        {
            return;
        }

        if (r.Kind != ManagedKind.IngressRouteTcp)
        {
            problems.Add($"{label}: only IngressRouteTCP has it; for {r.Kind.Kind} annotate the Service with {ServiceHealthAnnotation.Key}");
            return;
        }

        if (ServiceHealthAnnotation.Parse(text, out var error) is { } spec)
        {
            HealthCheckReader.Read(spec, label, TcpRouting.Model.BackendTransport.Default, (field, why) => problems.Add($"{field}: {why}"));
        }
        else
        {
            problems.Add($"{label}: {error}");
        }
    }

    private static void Throw(List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new ManagementException(string.Join('\n', problems));
        }
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex SubdomainPattern();

    [GeneratedRegex(@"^(\*\.)?[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?(\.[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?)*$")]
    private static partial Regex HostnamePattern();
}
