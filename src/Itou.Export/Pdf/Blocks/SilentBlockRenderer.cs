using Markdig.Renderers;
using Markdig.Syntax;

namespace Itou.Export.Pdf.Blocks;

/// <summary>Blocks that hold nothing to print (link reference definitions, front matter, blank lines).</summary>
internal sealed class SilentBlockRenderer<TBlock> : MarkdownObjectRenderer<PdfRenderer, TBlock>
    where TBlock : Block
{
    protected override void Write(PdfRenderer renderer, TBlock obj)
    {
    }
}

/// <summary>Containers printed as their children in place (the document, includes, conditional branches, unknown tags).</summary>
internal sealed class ChildrenRenderer<TBlock> : MarkdownObjectRenderer<PdfRenderer, TBlock>
    where TBlock : ContainerBlock
{
    protected override void Write(PdfRenderer renderer, TBlock obj) => renderer.WriteChildren(obj);
}
