using System.Collections.Immutable;

namespace TcpRouting.Translation.Core;

/// <summary>A Service port resolved to endpoints, or why it could not be (Error names the object and field).</summary>
/// <param name="Reason">A condition reason more precise than "not found", when there is one.</param>
public sealed record BackendResolution(ImmutableArray<BackendEndpoint> Endpoints, SourceRef? Service, string? Error, string? Reason = null);
