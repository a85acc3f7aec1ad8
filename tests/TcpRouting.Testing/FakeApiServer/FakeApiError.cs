using System.Text.Json.Nodes;

namespace TcpRouting.Testing.FakeApiServer;

/// <summary>A request the fake refuses, answered as a metav1.Status like the real API server's.</summary>
internal sealed class FakeApiError(int code, string reason, string message) : Exception(message)
{
    public int Code { get; } = code;

    public string Reason { get; } = reason;

    public JsonObject ToStatus() => Status(Code, Reason, Message);

    public static JsonObject Status(int code, string reason, string message) => new()
    {
        ["kind"] = "Status",
        ["apiVersion"] = "v1",
        ["metadata"] = new JsonObject(),
        ["status"] = "Failure",
        ["message"] = message,
        ["reason"] = reason,
        ["code"] = code,
    };

    public static FakeApiError NotFound(FakeResourceType type, string name) =>
        new(404, "NotFound", $"{Qualified(type)} \"{name}\" not found");

    public static FakeApiError AlreadyExists(FakeResourceType type, string name) =>
        new(409, "AlreadyExists", $"{Qualified(type)} \"{name}\" already exists");

    public static FakeApiError Conflict(FakeResourceType type, string name) =>
        new(409, "Conflict", $"Operation cannot be fulfilled on {Qualified(type)} \"{name}\": the object has been modified; please apply your changes to the latest version and try again");

    public static FakeApiError Invalid(FakeResourceType type, string name, string detail) =>
        new(422, "Invalid", $"{type.Kind}.{type.Group} \"{name}\" is invalid: {detail}".Replace(". \"", " \"", StringComparison.Ordinal));

    public static FakeApiError Expired(string message) => new(410, "Expired", message);

    private static string Qualified(FakeResourceType type) => type.Group.Length == 0 ? type.Plural : $"{type.Plural}.{type.Group}";
}
