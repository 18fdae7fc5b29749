using Itou.Export.Publishing;
using Markdig.Syntax;

namespace Itou.Export.Docx.Blocks;

/// <summary>
/// Any leaf block no other renderer takes (an extension node the writer does not know, raw HTML from a
/// pipeline other than the dialect's): its inline
/// content or raw lines become a plain paragraph, and a diagnostic says so. Nothing is dropped.
/// Container blocks without a renderer are walked by Markdig itself.
/// </summary>
internal sealed class FallbackBlockRenderer : DocxObjectRenderer<LeafBlock>
{
    protected override void Write(DocxRenderer renderer, LeafBlock obj)
    {
        renderer.Report(DiagnosticCodes.DocxUnsupportedNode, obj, $"no Word rendering for {obj.GetType().Name}: written as plain text");
        if (obj.Inline is not null)
            renderer.WriteParagraph(renderer.Scope.ParagraphStyle, () => renderer.WriteLeafInline(obj));
        else if (obj.Lines.Count > 0)
            renderer.WriteParagraph(renderer.Scope.ParagraphStyle, () => renderer.WriteText(obj.Lines.ToString()));
    }
}
