using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TcpRouting.Translation.Manifests;

/// <summary>
/// Bounds on one YAML document, checked on the parser's event stream (YamlDotNet's parser is iterative) before any
/// tree is built: YamlStream builds nodes recursively, so a document nested 100,000 deep overflowed the stack before a
/// later depth check could run, and a 1 KB alias bomb (nine anchors, each nine aliases of the previous) expanded to
/// hundreds of millions of nodes when converted. go-yaml, which kubectl and the API server use, limits alias
/// expansion for the same reason.
/// </summary>
public static class YamlLimits
{
    /// <summary>Deepest nesting of mappings and sequences; Kubernetes objects stay well below 20.</summary>
    public const int MaxDepth = 64;

    /// <summary>Largest document, in characters: the API server refuses requests over 3 MiB as well.</summary>
    public const int MaxDocumentChars = 3 * 1024 * 1024;

    /// <summary>Largest manifest file, in bytes: read whole into memory, so a huge file must be refused before reading.</summary>
    public const long MaxFileBytes = 32 * 1024 * 1024;

    /// <summary>Most nodes that aliases may add to a document when expanded (anchors in real manifests add a few dozen).</summary>
    public const long MaxAliasExpansion = 10_000;

    /// <summary>Loads <paramref name="text"/> (one or more documents) within the limits above.</summary>
    /// <exception cref="YamlException">Invalid YAML, or a limit exceeded: the message names the limit.</exception>
    public static YamlDotNet.RepresentationModel.YamlStream Load(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxDocumentChars)
        {
            throw new YamlException(Mark.Empty, Mark.Empty,
                $"document of {text.Length} characters is larger than the limit of {MaxDocumentChars} (3 MiB, as the API server)");
        }

        var parser = new Parser(new StringReader(text));
        try
        {
            Check(parser);
            var stream = new YamlDotNet.RepresentationModel.YamlStream();
            stream.Load(new StringReader(text));
            return stream;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet 18 reports some malformed input with these instead of a YamlException (fuzzing, issue 12:
            // `m: [` then `-x`, "no more tokens", "unsupported type", "Global tags must be valid URIs"). They are
            // invalid YAML all the same; the last event read is the nearest position we have.
            var at = parser.Current?.Start ?? Mark.Empty;
            throw new YamlException(at, at, e.Message, e);
        }
    }

    private static void Check(Parser parser)
    {
        // Per open collection: its expanded node count so far. Per anchor: the expanded size of its node.
        var open = new Stack<(long Size, AnchorName Anchor)>();
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        long added = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case DocumentStart:
                    anchors.Clear(); // anchors are scoped to their document (YAML 1.2 §3.2.2.2)
                    added = 0;
                    break;
                case MappingStart or SequenceStart:
                    var start = (NodeEvent)parser.Current;
                    if (open.Count >= MaxDepth)
                    {
                        throw new YamlException(start.Start, start.End, $"nesting deeper than the limit of {MaxDepth} levels");
                    }

                    open.Push((1, start.Anchor));
                    break;
                case MappingEnd or SequenceEnd:
                    var (size, anchor) = open.Pop();
                    Complete(open, anchors, size, anchor);
                    break;
                case Scalar scalar:
                    Complete(open, anchors, 1, scalar.Anchor);
                    break;
                case AnchorAlias alias:
                    // An alias to an anchor still open (a cycle) or never defined has no finite expansion.
                    if (!anchors.TryGetValue(alias.Value.Value, out var expanded))
                    {
                        throw new YamlException(alias.Start, alias.End, $"alias *{alias.Value.Value} refers to no complete anchor before it");
                    }

                    added += expanded;
                    if (added > MaxAliasExpansion)
                    {
                        throw new YamlException(alias.Start, alias.End,
                            $"aliases expand to more than the limit of {MaxAliasExpansion} nodes (an alias bomb?)");
                    }

                    Complete(open, anchors, expanded, AnchorName.Empty);
                    break;
            }
        }
    }

    private static void Complete(Stack<(long Size, AnchorName Anchor)> open, Dictionary<string, long> anchors, long size, AnchorName anchor)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = size;
        }

        if (open.TryPop(out var parent))
        {
            open.Push((parent.Size + size, parent.Anchor));
        }
    }
}
