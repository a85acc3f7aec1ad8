using TcpRouting.Operator.Cli;

// The `tcprouting` executable: run, validate, routes, and the commands other work registers (issues 2, 3).
return await TcpRoutingCli.InvokeAsync(args, Console.Out, Console.Error);
