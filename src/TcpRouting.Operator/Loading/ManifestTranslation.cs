using TcpRouting.Translation;

namespace TcpRouting.Operator.Loading;

/// <summary>Translates manifests read from files: a folder is taken as given (manifest mode).</summary>
internal static class ManifestTranslation
{
    public static TranslationResult Translate(ManifestSet manifests, StaticConfig config, string gatewayControllerName) =>
        Translate(manifests.Objects, config, gatewayControllerName);

    public static TranslationResult Translate(IEnumerable<KubeObject> objects, StaticConfig config, string gatewayControllerName) =>
        Translator.Translate(ResourceSnapshot.Of(objects, config, new TranslationSettings(gatewayControllerName, ManifestMode: true)));
}
