using Microsoft.Extensions.Logging;
using TcpRouting.Kubernetes.Client;
using TcpRouting.Translation.Exposure;

namespace TcpRouting.Kubernetes.Exposure;

/// <summary>
/// Leader only: applies the Services of an <see cref="ExposurePlan"/> server-side under our field manager and
/// deletes Gateway Services whose Gateway is gone (an owner reference does that only when the Gateway shares the
/// operator's namespace). An apply is sent again only when what we declare changed or the Service vanished.
/// </summary>
internal sealed class ServiceWriter(KubeApiClient client, ExposureSettings settings, ILogger logger)
{
    public const string FieldManager = "tcprouting";
    private readonly Dictionary<(string Namespace, string Name), string> _applied = [];

    /// <summary>Forget what was applied (a new leader applies everything once).</summary>
    public void Reset() => _applied.Clear();

    public async Task<bool> WriteAsync(ExposurePlan plan, Func<string, string, bool> exists, CancellationToken cancellationToken)
    {
        var ok = true;
        foreach (var service in plan.GatewayServices)
        {
            ok &= await ApplyAsync(service, exists, cancellationToken).ConfigureAwait(false);
        }

        if (plan.PublishPorts is { } publish)
        {
            ok &= await ApplyPublishPortsAsync(publish, exists, cancellationToken).ConfigureAwait(false);
        }

        return settings.ManagesGatewayServices ? ok & await DeleteStaleAsync(plan, cancellationToken).ConfigureAwait(false) : ok;
    }

    /// <summary>An apply creates what is missing; the publish Service is the chart's, so it is never created here.</summary>
    private async Task<bool> ApplyPublishPortsAsync(ServiceApply publish, Func<string, string, bool> exists, CancellationToken cancellationToken)
    {
        if (!exists(publish.Namespace, publish.Name)
            && await client.TryGetAsync(KubeResource.Services, publish.Namespace, publish.Name, cancellationToken).ConfigureAwait(false) is null)
        {
            KubernetesLog.ServiceWriteFailed(logger, $"{publish.Namespace}/{publish.Name}", "--publish-service names a Service that does not exist");
            return true; // nothing to retry until the Service appears, which is a watched change
        }

        return await ApplyAsync(publish, exists, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> ApplyAsync(ServiceApply service, Func<string, string, bool> exists, CancellationToken cancellationToken)
    {
        var key = (service.Namespace, service.Name);
        var body = ServiceApplyJson.Build(service);
        var text = body.ToJsonString();
        if (_applied.TryGetValue(key, out var last) && last == text && exists(service.Namespace, service.Name))
        {
            return true;
        }

        try
        {
            await client.ApplyAsync(KubeResource.Services, service.Namespace, service.Name, body, FieldManager, cancellationToken).ConfigureAwait(false);
            _applied[key] = text;
            KubernetesLog.ServiceApplied(logger, $"{service.Namespace}/{service.Name}", string.Join(",", service.Ports.Select(p => p.Port)));
            return true;
        }
        catch (KubeApiException e)
        {
            KubernetesLog.ServiceWriteFailed(logger, $"{service.Namespace}/{service.Name}", e.Message);
            return false;
        }
    }

    private async Task<bool> DeleteStaleAsync(ExposurePlan plan, CancellationToken cancellationToken)
    {
        var wanted = plan.GatewayServices.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        try
        {
            var selector = $"{GatewayServiceNames.ManagedByLabel}={GatewayServiceNames.ManagedBy},{GatewayServiceNames.GatewayNameLabel}";
            var list = await client.ListAllAsync(KubeResource.Services, settings.PodNamespace, new KubeListOptions(LabelSelector: selector), cancellationToken).ConfigureAwait(false);
            foreach (var name in list.Items.Select(i => KubeJsonPath.Str(i, "metadata", "name")).OfType<string>().Where(n => !wanted.Contains(n)))
            {
                await client.DeleteAsync(KubeResource.Services, settings.PodNamespace, name, cancellationToken).ConfigureAwait(false);
                _applied.Remove((settings.PodNamespace, name));
                KubernetesLog.ServiceDeleted(logger, $"{settings.PodNamespace}/{name}");
            }

            return true;
        }
        catch (KubeApiException e)
        {
            KubernetesLog.ServiceWriteFailed(logger, settings.PodNamespace, e.Message);
            return false;
        }
    }
}
