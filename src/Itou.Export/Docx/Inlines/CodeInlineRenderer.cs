using Itou.Export.Docx.Styling;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Docx.Inlines;

/// <summary>Inline code in the "Verbatim Char" style.</summary>
internal sealed class CodeInlineRenderer : DocxObjectRenderer<CodeInline>
{
    protected override void Write(DocxRenderer renderer, CodeInline obj)
    {
        renderer.WithFormat(f => f with { CharacterStyle = StyleIds.VerbatimChar }, () => renderer.WriteText(obj.Content));
        renderer.State.Ledger.Written(obj);
    }
}
