using Markdig.Syntax;

namespace Itou.Export.Docx.Blocks;

/// <summary>Containers printed as their children in place (includes, conditional branches, unknown tags), as in the PDF.</summary>
internal sealed class ChildrenRenderer<TBlock> : DocxObjectRenderer<TBlock>
    where TBlock : ContainerBlock
{
    protected override void Write(DocxRenderer renderer, TBlock obj) => renderer.WriteChildren(obj);
}
