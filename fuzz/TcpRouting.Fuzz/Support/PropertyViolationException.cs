namespace TcpRouting.Fuzz.Support;

/// <summary>A parser answered something its contract rules out; the message names the property.</summary>
internal sealed class PropertyViolationException(string property) : Exception(property);
