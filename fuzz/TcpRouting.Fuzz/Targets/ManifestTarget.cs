using System.Text;
using TcpRouting.Fuzz.Support;
using TcpRouting.Translation;
using TcpRouting.Translation.Config;
using TcpRouting.Translation.Manifests;
using TcpRouting.Translation.Output;

namespace TcpRouting.Fuzz.Targets;

/// <summary>
/// What `validate` and `run --manifests` do with a file: ManifestReader.Read, then Translator.Translate in
/// manifest mode, then the route table as text and JSON (the `routes` command and /api/routes). None of it
/// throws: a bad document is a ManifestError, a bad object a condition on its status. The translators'
/// last-resort guards (an exception becomes a TranslationError condition) must not fire either: each is a bug
/// a user would see as a stack-less "could not be translated: NullReferenceException".
/// </summary>
/// <remarks>Known and owned elsewhere (issue 12, findings 3 and 4): deep nesting and alias bombs.</remarks>
internal static class ManifestTarget
{
    // The entry points the seeds name, so that routes get past the entry point check into the translators.
    private static readonly StaticConfig Config = StaticConfigParser.Parse(
        """
        entryPoints:
          web: { address: ":80" }
          websecure: { address: ":443", proxyProtocol: { trustedIPs: ["10.0.0.0/8"] } }
          postgres: { address: ":5432" }
          postgresql: { address: ":5433" }
          mysql: { address: ":3306" }
          redis: { address: ":6379" }
          tcp-generic: { address: ":9000" }
        """,
        "config.yaml",
        out _);

    private static readonly TranslationSettings Settings = new(TranslationSettings.DefaultGatewayControllerName, ManifestMode: true);

    public static void Run(byte[] data)
    {
        var read = ManifestReader.Read(Encoding.UTF8.GetString(data), "fuzz.yaml");
        Check.That(read.Errors.All(e => e.Location.File == "fuzz.yaml" && e.Location.Line >= 1), $"every error names the file and a line: {string.Join("; ", read.Errors)}");
        var result = Translator.Translate(ResourceSnapshot.Of(read.Objects, Config, Settings));
        var guarded = result.Statuses.FirstOrDefault(s => !s.Conditions.IsDefault && s.Conditions.Any(c => c.Reason == "TranslationError"));
        Check.That(guarded is null, $"no translator throws (its guard caught one): {guarded?.Object} {guarded?.Conditions.FirstOrDefault(c => c.Reason == "TranslationError")?.Message}");
        var transports = result.Table.Listeners.SelectMany(l => l.Routes).SelectMany(r => r.Backends).Select(b => b.Transport);
        var unusable = transports.FirstOrDefault(t => !TimerDurations.Usable(t.DialTimeout) || !TimerDurations.Usable(t.TerminationDelay));
        Check.That(unusable is null, $"the table's durations are ones the proxy's timers can wait for: {unusable}");
        RouteTableText.Write(result);
        RouteTableJson.Write(result);
    }
}
