namespace TcpRouting.Translation.Rules;

/// <summary>Traefik's rule syntax versions: v3 by default; a route may ask for v2 (`syntax: v2`).</summary>
public enum RuleSyntax
{
    V3,
    V2,
}
