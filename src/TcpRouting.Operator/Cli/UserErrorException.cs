namespace TcpRouting.Operator.Cli;

/// <summary>Bad input from the user (a missing file, an unreadable config): printed as one line, never a stack trace.</summary>
internal sealed class UserErrorException(string message) : Exception(message);
