global using FluentAssertions;
global using TcpRouting.Operator.Tests.Packaging;
