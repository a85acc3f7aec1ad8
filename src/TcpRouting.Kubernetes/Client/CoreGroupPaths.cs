namespace TcpRouting.Kubernetes.Client;

/// <summary>
/// The library's custom-object calls build /apis/{group}/{version}/...; the core group ("") lives at /api/v1
/// (https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-uris). Rewriting the path lets one
/// generic call serve Services, Secrets and Namespaces as well as CRDs, as KubernetesClient's own GenericClient once did.
/// </summary>
internal sealed class CoreGroupPaths : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && uri.AbsolutePath.StartsWith("/apis//", StringComparison.Ordinal))
        {
            request.RequestUri = new UriBuilder(uri) { Path = "/api/" + uri.AbsolutePath["/apis//".Length..] }.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
