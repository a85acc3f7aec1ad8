using TcpRouting.Translation;
using TcpRouting.Translation.Manifests;
using TcpRouting.Translation.Status;

namespace TcpRouting.Operator.Loading;

/// <summary>
/// The one-line form of every problem, shared by `validate` and the reload log:
/// `file:line: Kind namespace/name: field: why` (YAML errors: `file:line: why`).
/// </summary>
internal static class ProblemLines
{
    public static IEnumerable<string> Of(ObjectStatus status) =>
        status.Problems.IsDefault ? [] : status.Problems.Select(p => Of(status, p));

    public static string Of(ObjectStatus status, Problem problem) => $"{Prefix(status.Location)}{status.Object}: {problem.Field}: {problem.Message}";

    public static string Of(ManifestError error) => error.ToString();

    public static IEnumerable<string> Of(ManifestSet manifests, TranslationResult result) =>
        manifests.Errors.Select(Of).Concat(result.Statuses.SelectMany(Of));

    private static string Prefix(SourceLocation? location) => location is null ? string.Empty : $"{location.File}:{location.Line}: ";
}
