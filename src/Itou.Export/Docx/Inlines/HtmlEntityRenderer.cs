using Markdig.Syntax.Inlines;

namespace Itou.Export.Docx.Inlines;

/// <summary>An HTML entity (<c>&amp;#xE9;</c>, <c>&amp;#x20;</c>): its decoded character.</summary>
internal sealed class HtmlEntityRenderer : DocxObjectRenderer<HtmlEntityInline>
{
    protected override void Write(DocxRenderer renderer, HtmlEntityInline obj) => renderer.WriteText(obj.Transcoded.ToString());
}
