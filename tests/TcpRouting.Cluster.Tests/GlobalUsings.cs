global using FluentAssertions;
global using TcpRouting.Operator.Tests.Packaging;
global using TcpRouting.Testing.Peers;
