using Markdig.Parsers;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Diagrams;

/// <summary>
/// A diagram given as source text: <c>{% @mermaid/diagram content="…" %}</c> or a <c>```mermaid</c> fence.
/// Writers that cannot draw it print <see cref="Source"/> as code under a label.
/// </summary>
public sealed class DiagramBlock(BlockParser? parser) : LeafBlock(parser)
{
    /// <summary>The diagram language (<c>mermaid</c>).</summary>
    public string Language { get; init; } = "mermaid";

    /// <summary>The diagram source.</summary>
    public string Source { get; init; } = "";
}
