using System.ComponentModel;
using k8s;
using k8s.KubeConfigModels;

namespace TcpRouting.Kubernetes.Client;

/// <summary>
/// Why an exec credential plugin failed. KubernetesClient runs the plugin and, when it fails, reports only that
/// its output did not parse, dropping the exit status and stderr (where aws, gke-gcloud-auth-plugin and
/// kubelogin say "run aws sso login"). On that failure only, the plugin is run once more, as the library
/// prepares it, to tell the user what it said.
/// </summary>
internal static class ExecPluginDiagnosis
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    /// <returns>"exit status N: stderr", or null when the plugin now succeeds (the library's message stands).</returns>
    public static string? Describe(ExternalExecution plugin)
    {
        using var process = KubernetesClientConfiguration.CreateRunnableExternalProcess(plugin, (_, _) => { });
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException)
        {
            return $"cannot be started: {e.Message}";
        }

        _ = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Deadline))
        {
            process.Kill(entireProcessTree: true);
            return $"did not exit within {Deadline.TotalSeconds:0}s";
        }

        return process.ExitCode == 0 ? null : $"exit status {process.ExitCode}: {stderr.GetAwaiter().GetResult().Trim()}";
    }
}
