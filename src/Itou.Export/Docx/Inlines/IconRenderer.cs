using Itou.Export.Markdown.Icons;

namespace Itou.Export.Docx.Inlines;

/// <summary>An icon (<c>&lt;i class="fa-…"&gt;</c>): its text fallback (an emoji or the name).</summary>
internal sealed class IconRenderer : DocxObjectRenderer<IconInline>
{
    protected override void Write(DocxRenderer renderer, IconInline obj) =>
        renderer.WriteText(string.IsNullOrEmpty(obj.Fallback) ? obj.Name : obj.Fallback);
}
