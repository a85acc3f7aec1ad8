using TcpRouting.Translation;

namespace TcpRouting.Operator.Hosting;

/// <summary>Where the served table comes from (a manifests folder or a cluster), as the admin endpoints see it.</summary>
internal interface IRouteSource
{
    /// <summary>True once the first table was applied (cluster: and every cache synced).</summary>
    bool IsReady { get; }

    /// <summary>The last translation, for /api/routes; null before the first.</summary>
    TranslationResult? LastResult { get; }

    /// <summary>Reads the source again soon (SIGHUP); returns what it does, for the log.</summary>
    string RequestReload();
}
