using Markdig.Syntax.Inlines;

namespace Itou.Export.Docx.Inlines;

/// <summary>A delimiter Markdig left unmatched: its characters are text.</summary>
internal sealed class DelimiterRenderer : DocxObjectRenderer<DelimiterInline>
{
    protected override void Write(DocxRenderer renderer, DelimiterInline obj)
    {
        renderer.WriteText(obj.ToLiteral());
        renderer.WriteChildren(obj);
    }
}
