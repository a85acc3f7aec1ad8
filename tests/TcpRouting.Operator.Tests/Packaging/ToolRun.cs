using System.Diagnostics;

namespace TcpRouting.Operator.Tests.Packaging;

/// <summary>Runs a tool to completion with a deadline and returns its exit code and output.</summary>
internal sealed record ToolRun(int ExitCode, string Stdout, string Stderr)
{
    // A guard against a hung tool, not a speed goal: the Dockerfile's ReadyToRun publish took over 5 minutes on the
    // shared 2-core machine under load.
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(20);

    public static async Task<ToolRun> RunAsync(string tool, IEnumerable<string> arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Repo.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + tool);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(tool)} {string.Join(' ', start.ArgumentList)} ran past {Deadline}");
        }

        return new ToolRun(process.ExitCode, await stdout, await stderr);
    }

    public ToolRun ShouldSucceed(string what)
    {
        if (ExitCode != 0)
        {
            throw new Xunit.Sdk.XunitException($"{what} exited {ExitCode}\n{Stderr}\n{Stdout}");
        }

        return this;
    }
}
