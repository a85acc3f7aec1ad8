using System.Net.Sockets;
using System.Text;

namespace TcpRouting.Cluster.Tests.Harness;

/// <summary>Connects through the proxy and reads what the backend behind it says.</summary>
public static class Greeting
{
    /// <returns>The greeting, or null when the proxy refused or closed the connection without one.</returns>
    public static async Task<string?> ReadAsync(int port)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port, timeout.Token).ConfigureAwait(false);
            var stream = client.GetStream();
            var buffer = new byte[256];
            var text = new StringBuilder();
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token).ConfigureAwait(false)) > 0)
            {
                text.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }

            return text.Length == 0 ? null : text.ToString().Trim();
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Polls until new connections reach <paramref name="expected"/> (null: none answers).</summary>
    /// <param name="proxy">Its log goes into the failure message.</param>
    public static async Task UntilAsync(int port, string? expected, string what, OperatorProcess? proxy = null)
    {
        try
        {
            await TcpRouting.Testing.Time.Poll.UntilAsync(
                async () => await ReadAsync(port).ConfigureAwait(false) == expected,
                $"{what}: port {port} greets with {expected ?? "nothing"}",
                TimeSpan.FromSeconds(90),
                TimeSpan.FromMilliseconds(250),
                TestContext.Current.CancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException e) when (proxy is not null)
        {
            throw new TimeoutException($"{e.Message}\n--- tcprouting log (last lines):\n{string.Join('\n', proxy.Output.Split('\n').TakeLast(40))}", e);
        }
    }
}
