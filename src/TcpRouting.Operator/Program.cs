using TcpRouting.Operator.Cli;
using TcpRouting.Proxy;

// The `tcprouting` executable: run, validate, routes, and the commands other work registers (issues 2, 3).
// Before any socket exists: the socket engine reads this once, when it starts (see InlineSocketCompletions).
InlineSocketCompletions.PreferUnlessConfigured();
return await TcpRoutingCli.InvokeAsync(args, Console.Out, Console.Error);
