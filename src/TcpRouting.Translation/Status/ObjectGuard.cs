namespace TcpRouting.Translation.Status;

/// <summary>
/// Translation is total (ARCHITECTURE.md): should one object's translation throw in spite of that, the exception is
/// that object's condition, never its family's or the table's (fuzzing, issue 12: one AgentEndpoint without upstream
/// once cost every ngrok route).
/// </summary>
internal static class ObjectGuard
{
    public static ObjectStatus Run(KubeObject o, Func<ObjectStatus> translate)
    {
        try
        {
            return translate();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new CrdStatusBuilder(o).Invalid("spec", $"could not be translated: {e.GetType().Name}: {e.Message}", "TranslationError").Build();
        }
    }
}
