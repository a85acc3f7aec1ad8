using System.Text.RegularExpressions;

namespace TcpRouting.Operator.Tests.Packaging;

/// <summary>A Dockerfile as its instructions (continuation lines joined, comments dropped), enough to lint it.</summary>
internal sealed partial record Dockerfile(IReadOnlyList<(string Instruction, string Arguments)> Instructions)
{
    public static Dockerfile Load(string path)
    {
        var instructions = new List<(string, string)>();
        var pending = string.Empty;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || (line.Length == 0 && pending.Length == 0))
            {
                continue;
            }

            pending += line.EndsWith('\\') ? line[..^1] + " " : line;
            if (!line.EndsWith('\\'))
            {
                var match = InstructionLine().Match(pending);
                instructions.Add((match.Groups[1].Value.ToUpperInvariant(), match.Groups[2].Value.Trim()));
                pending = string.Empty;
            }
        }

        return new Dockerfile(instructions);
    }

    public IEnumerable<string> Arguments(string instruction) => Instructions.Where(i => i.Instruction == instruction).Select(i => i.Arguments);

    /// <summary>The stages: (image, alias).</summary>
    public IEnumerable<(string Image, string? Alias)> Stages() => Arguments("FROM").Select(a =>
    {
        var parts = a.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith("--", StringComparison.Ordinal)).ToArray();
        return (parts[0], parts.Length >= 3 && parts[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? parts[2] : null);
    });

    /// <summary>The RUN command starting with <paramref name="prefix"/>, split into arguments.</summary>
    public string[] Run(string prefix) =>
        Arguments("RUN").Single(a => a.StartsWith(prefix, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"^(\w+)\s+(.*)$")]
    private static partial Regex InstructionLine();
}
