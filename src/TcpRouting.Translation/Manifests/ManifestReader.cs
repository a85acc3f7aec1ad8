namespace TcpRouting.Translation.Manifests;

/// <summary>
/// Reads multi-document YAML (and `kind: List`) into <see cref="KubeObject"/>s with their file:line.
/// Pure: the caller reads the files.
/// </summary>
public static class ManifestReader
{
    public static ManifestReadResult Read(string yaml, string fileName)
    {
        _ = (yaml, fileName);
        return new ManifestReadResult([], []); // filled in by the translation work
    }
}
