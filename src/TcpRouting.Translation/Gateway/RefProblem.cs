namespace TcpRouting.Translation.Gateway;

/// <summary>A backendRef that did not resolve: the field, the route ResolvedRefs reason and why.</summary>
internal sealed record RefProblem(string Field, string Reason, string Message);
