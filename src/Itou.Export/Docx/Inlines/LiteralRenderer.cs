using Markdig.Syntax.Inlines;

namespace Itou.Export.Docx.Inlines;

/// <summary>Plain text (emoji included: they stay characters and the reader's font shows them).</summary>
internal sealed class LiteralRenderer : DocxObjectRenderer<LiteralInline>
{
    protected override void Write(DocxRenderer renderer, LiteralInline obj)
    {
        renderer.WriteText(obj.Content.ToString());
        renderer.State.Ledger.Written(obj);
    }
}
