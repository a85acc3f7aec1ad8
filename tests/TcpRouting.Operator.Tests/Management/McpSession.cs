using System.IO.Pipelines;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using TcpRouting.Operator.Management;
using TcpRouting.Operator.Management.Mcp;

namespace TcpRouting.Operator.Tests.Management;

/// <summary>Our MCP server and the SDK's client, connected by two in-memory pipes (the stdio transport's shape).</summary>
internal sealed class McpSession : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly Pipe _toServer;
    private readonly Pipe _toClient;

    private McpSession(IHost host, Pipe toServer, Pipe toClient, McpClient client)
    {
        _host = host;
        _toServer = toServer;
        _toClient = toClient;
        Client = client;
    }

    public McpClient Client { get; }

    public static async Task<McpSession> StartAsync(RouteManager manager)
    {
        var toServer = new Pipe();
        var toClient = new Pipe();
        var host = McpServerHost.Build(manager, server => server.WithStreamServerTransport(toServer.Reader.AsStream(), toClient.Writer.AsStream()));
        await host.StartAsync(TestContext.Current.CancellationToken);
        var client = await McpClient.CreateAsync(
            new StreamClientTransport(toServer.Writer.AsStream(), toClient.Reader.AsStream()),
            cancellationToken: TestContext.Current.CancellationToken);
        return new McpSession(host, toServer, toClient, client);
    }

    /// <summary>Calls a tool that must succeed and returns its text.</summary>
    public async Task<string> CallAsync(string tool, Dictionary<string, object?> arguments)
    {
        var result = await Client.CallToolAsync(tool, arguments, cancellationToken: TestContext.Current.CancellationToken);
        var text = Text(result);
        result.IsError.Should().NotBe(true, text);
        return text;
    }

    /// <summary>Calls a tool that must fail and returns its error text.</summary>
    public async Task<string> FailAsync(string tool, Dictionary<string, object?> arguments)
    {
        var result = await Client.CallToolAsync(tool, arguments, cancellationToken: TestContext.Current.CancellationToken);
        result.IsError.Should().BeTrue(Text(result));
        return Text(result);
    }

    public async Task<JsonElement> ReadListAsync()
    {
        var result = await Client.ReadResourceAsync(TrafficResources.ListUri, cancellationToken: TestContext.Current.CancellationToken);
        var text = result.Contents.OfType<TextResourceContents>().Should().ContainSingle().Subject;
        text.MimeType.Should().Be("application/json");
        return JsonDocument.Parse(text.Text).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await _toServer.Writer.CompleteAsync();
        await _host.StopAsync(TestContext.Current.CancellationToken);
        await _toClient.Writer.CompleteAsync();
        _host.Dispose();
    }

    private static string Text(CallToolResult result) => string.Join('\n', result.Content.OfType<TextContentBlock>().Select(c => c.Text));
}
