using System.Text.Json.Nodes;
using TcpRouting.Operator.Management.Model;
using TcpRouting.Translation;

namespace TcpRouting.Operator.Management.Stores;

/// <summary>
/// Where managed objects live: a cluster (<see cref="ClusterRouteStore"/>) or a GitOps folder
/// (<see cref="ManifestFolderStore"/>). The same apply/delete/list workflow serves both.
/// </summary>
internal interface IRouteStore
{
    /// <summary>For messages: "cluster https://...", "folder ./gitops".</summary>
    string Description { get; }

    /// <summary>How translation reads the snapshot (a folder is taken as given, see <see cref="TranslationSettings.ManifestMode"/>).</summary>
    TranslationSettings Settings { get; }

    /// <summary>Objects of this kind in every namespace.</summary>
    Task<IReadOnlyList<KubeObject>> ListAsync(ManagedKind kind, CancellationToken cancellationToken);

    /// <summary>Creates the object or replaces it whole (no field of the previous version survives).</summary>
    Task<ApplyOutcome> ApplyAsync(ManagedKind kind, JsonObject manifest, CancellationToken cancellationToken);

    /// <summary>False when there was nothing to delete.</summary>
    Task<bool> DeleteAsync(ManagedKind kind, string @namespace, string name, CancellationToken cancellationToken);

    /// <summary>Everything translation needs to tell a route's status: the managed kinds plus Services, EndpointSlices, Gateways.</summary>
    Task<IReadOnlyList<KubeObject>> SnapshotAsync(CancellationToken cancellationToken);
}
