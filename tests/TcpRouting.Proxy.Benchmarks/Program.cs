using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(TcpRouting.Proxy.Benchmarks.ClientHelloReaderBenchmarks).Assembly).Run(args);
