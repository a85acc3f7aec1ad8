namespace TcpRouting.Testing.Hostile;

/// <summary>YAML an attacker would try on the manifest reader (issue 12, findings 3 and 4), as ConfigMaps named "hostile".</summary>
public static class HostileYaml
{
    public const string Header = "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: hostile, namespace: test }\n";

    /// <summary>A flow sequence nested <paramref name="depth"/> levels deep (100,000 overflowed the stack).</summary>
    public static string Deep(int depth) => Header + "data: " + new string('[', depth) + new string(']', depth) + "\n";

    /// <summary>About 1 KB: nine anchors, each a list of nine aliases of the previous, expand to 9^9 (387 million) scalars.</summary>
    public static string AliasBomb()
    {
        var yaml = Header + "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        var previous = 'a';
        foreach (var name in "bcdefghi")
        {
            yaml += $"{name}: &{name} [{string.Join(", ", Enumerable.Repeat($"*{previous}", 9))}]\n";
            previous = name;
        }

        return yaml + "data: { bomb: *i }\n";
    }
}
