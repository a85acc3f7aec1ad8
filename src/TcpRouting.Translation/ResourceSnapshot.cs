using System.Collections.Immutable;

namespace TcpRouting.Translation;

/// <summary>
/// Everything translation reads, frozen at one instant: the objects (already filtered by class and namespace
/// in cluster mode; taken as given from a manifests folder), the static config and the settings.
/// </summary>
public sealed record ResourceSnapshot(ImmutableArray<KubeObject> Objects, StaticConfig Config, TranslationSettings Settings)
{
    public static ResourceSnapshot Of(IEnumerable<KubeObject> objects, StaticConfig? config = null, TranslationSettings? settings = null) =>
        new([.. objects], config ?? StaticConfig.Empty, settings ?? TranslationSettings.Default);
}

/// <param name="GatewayControllerName">GatewayClasses with this controllerName are ours.</param>
/// <param name="ManifestMode">A folder of manifests is taken as given: a Gateway whose GatewayClass is not in
/// the folder is served as ours (a class that is there still has to name our controller).</param>
public sealed record TranslationSettings(string GatewayControllerName, bool ManifestMode = false)
{
    public const string DefaultGatewayControllerName = "tcprouting.dev/gateway-controller";

    public static TranslationSettings Default { get; } = new(DefaultGatewayControllerName);
}
