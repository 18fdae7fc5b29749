using Itou.Export.Markdown.Icons;
using Markdig.Renderers;

namespace Itou.Export.Pdf.Inlines;

/// <summary><c>&lt;i class="fa-…"&gt;</c>: no icon font is bundled, so the text GitBook keeps inside (often an emoji).</summary>
internal sealed class IconRenderer : MarkdownObjectRenderer<PdfRenderer, IconInline>
{
    protected override void Write(PdfRenderer renderer, IconInline obj) => renderer.Inlines.Append(obj.Fallback);
}
