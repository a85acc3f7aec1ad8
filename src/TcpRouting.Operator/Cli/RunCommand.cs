using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TcpRouting.Kubernetes;
using TcpRouting.Operator.Admin;
using TcpRouting.Operator.Hosting;
using TcpRouting.Operator.Loading;
using TcpRouting.Translation;

namespace TcpRouting.Operator.Cli;

/// <summary>`tcprouting run`: serve a manifests folder, or a cluster, until SIGTERM / Ctrl-C, then drain.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var manifests = CommonOptions.Manifests(required: false);
        var config = CommonOptions.Config();
        var admin = new Option<IPEndPoint>("--admin")
        {
            Description = "Address of /healthz, /readyz, /api/routes and /metrics",
            HelpName = "ADDR",
            DefaultValueFactory = _ => new IPEndPoint(IPAddress.Loopback, 9000),
            CustomParser = r =>
            {
                if (AdminAddress.TryParse(r.Tokens[0].Value, out var endPoint))
                {
                    return endPoint;
                }

                r.AddError($"--admin: '{r.Tokens[0].Value}' is not an address such as 127.0.0.1:9000 or :9000");
                return null;
            },
        };
        var logFormat = new Option<string>("--log-format") { Description = "Log as text or one JSON object per line", HelpName = "text|json", DefaultValueFactory = _ => "text" };
        logFormat.AcceptOnlyFromAmong("text", "json");
        var accessLog = new Option<bool>("--access-log") { Description = "Log one line per closed connection (off by default, as in Traefik)" };
        var adminApi = new Option<bool>("--admin-api") { Description = "Also serve /api/routes (every route, backend and status) on the admin listener; off by default" };
        var allowExternalName = new Option<bool>("--allow-external-name-services")
        {
            Description = "Follow ExternalName Services as backends (off by default, as Traefik's allowExternalNameServices)",
        };
        var kubeconfig = new Option<string?>("--kubeconfig") { Description = "Kubeconfig file (default: KUBECONFIG, in-cluster, ~/.kube/config)", HelpName = "FILE" };
        var ingressClass = new Option<string>("--class") { Description = "The ingress class we serve", HelpName = "NAME", DefaultValueFactory = _ => ClusterOptions.DefaultClass };
        var namespaces = new Option<string[]>("--namespace") { Description = "Watch only this namespace (repeatable; default all)", HelpName = "NS" };
        var controllerName = new Option<string>("--gateway-controller")
        {
            Description = "GatewayClass controllerName that is ours",
            HelpName = "NAME",
            DefaultValueFactory = _ => TranslationSettings.DefaultGatewayControllerName,
        };
        var grace = new Option<TimeSpan>("--grace-period")
        {
            Description = "On SIGTERM, how long live connections may finish (e.g. 10s, 1m30s)",
            HelpName = "DURATION",
            DefaultValueFactory = _ => RunSettings.DefaultGracePeriod,
            CustomParser = r =>
            {
                if (DurationParser.TryParse(r.Tokens[0].Value, out var duration))
                {
                    return duration;
                }

                r.AddError($"--grace-period: '{r.Tokens[0].Value}' is not a duration such as 10s or 1m30s");
                return default;
            },
        };

        var exposure = new ExposureOptions();
        var command = new Command("run", "Serve TCP routes from a folder of manifests or from a cluster until SIGTERM, then drain")
        {
            manifests, config, admin, logFormat, accessLog, adminApi, allowExternalName, kubeconfig, ingressClass, namespaces, controllerName, grace,
        };
        foreach (var option in exposure.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => CommandOutput.GuardAsync(parse, async _ =>
        {
            var folder = parse.GetValue(manifests);
            if (folder is not null && !Directory.Exists(folder))
            {
                throw new UserErrorException($"--manifests: {folder}: no such directory");
            }

            var staticConfig = ConfigLoader.Load(parse.GetValue(config));
            if (parse.GetValue(allowExternalName))
            {
                staticConfig = staticConfig with { AllowExternalNameServices = true };
            }

            var settings = new RunSettings(
                folder,
                staticConfig,
                parse.GetRequiredValue(admin),
                parse.GetValue(accessLog),
                parse.GetValue(kubeconfig),
                parse.GetRequiredValue(ingressClass),
                [.. parse.GetValue(namespaces) ?? []],
                parse.GetRequiredValue(controllerName),
                parse.GetValue(grace),
                RunSettings.DefaultReloadDebounce)
            {
                RoutesApi = parse.GetValue(adminApi),
                Exposure = exposure.Read(parse),
            };
            var format = parse.GetValue(logFormat) == "json" ? LogFormat.Json : LogFormat.Text;
            await using var logger = SerilogSetup.CreateConsole(format);
            return await RunAsync(settings, logger, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    /// <summary>Runs until the host stops (SIGTERM, SIGINT, or a component that failed for good).</summary>
    public static async Task<int> RunAsync(RunSettings settings, Serilog.ILogger logger, CancellationToken cancellationToken)
    {
        var app = OperatorHost.Build(settings, logger);
        var outcome = app.Services.GetRequiredService<RunOutcome>();
        try
        {
            await HostingAbstractionsHostExtensions.RunAsync(app, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped while starting: by SIGTERM (nothing to drain yet), or by a component that failed (below).
        }
        catch (Exception e) when (e is IOException or SocketException or UnauthorizedAccessException)
        {
            // Kestrel reports a taken admin port as an IOException: the user's to fix, so one line, no stack.
            throw new UserErrorException(e.Message);
        }

        var failure = outcome.Failure;
        if (failure is not null)
        {
            throw new UserErrorException(failure);
        }

        return ExitCodes.Ok;
    }
}
