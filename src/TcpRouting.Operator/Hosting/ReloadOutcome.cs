using System.Collections.Immutable;
using TcpRouting.Translation;

namespace TcpRouting.Operator.Hosting;

/// <summary>One reload of the manifests folder.</summary>
/// <param name="Result">The table to serve, and each object's status as the files now say (problems included).</param>
/// <param name="Problems">Every problem, one `file:line: Kind ns/name: field: why` line each.</param>
/// <param name="Kept">Objects whose files are now bad and whose last good version is served instead.</param>
internal sealed record ReloadOutcome(TranslationResult Result, ImmutableArray<string> Problems, ImmutableArray<SourceRef> Kept);
