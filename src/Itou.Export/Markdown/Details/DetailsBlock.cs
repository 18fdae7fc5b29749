using Markdig.Parsers;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Details;

/// <summary>
/// HTML <c>&lt;details [open]&gt;&lt;summary&gt;…&lt;/summary&gt;…&lt;/details&gt;</c>: an expandable section, printed open.
/// First child is a <see cref="DetailsSummaryBlock"/>, the rest is the body.
/// </summary>
public sealed class DetailsBlock(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>Whether it was open by default.</summary>
    public bool Open { get; init; }

    /// <summary>The summary line, when there is one.</summary>
    public DetailsSummaryBlock? Summary => this.OfType<DetailsSummaryBlock>().FirstOrDefault();
}

/// <summary>The <c>&lt;summary&gt;</c> of a <see cref="DetailsBlock"/>; its <c>Inline</c> holds the text.</summary>
public sealed class DetailsSummaryBlock(BlockParser? parser) : LeafBlock(parser);
