using System.Collections.Immutable;
using TcpRouting.Translation.Status;

namespace TcpRouting.Translation;

/// <summary>The output of <see cref="Translator.Translate"/>: the route table and a status for every object read.</summary>
public sealed record TranslationResult(RouteTable Table, ImmutableArray<ObjectStatus> Statuses);
