using Itou.Export.Markdown.Keyboard;
using Markdig.Renderers;

namespace Itou.Export.Pdf.Inlines;

/// <summary><c>&lt;kbd&gt;Ctrl&lt;/kbd&gt;</c>: the key label in monospace on a shade.</summary>
internal sealed class KeyboardRenderer : MarkdownObjectRenderer<PdfRenderer, KeyboardInline>
{
    protected override void Write(PdfRenderer renderer, KeyboardInline obj)
    {
        var style = renderer.Inlines.Style;
        renderer.Inlines.With(style.Monospace() with { Size = style.Size * 0.9f, Background = renderer.Styles.Shade, Bold = true },
            () => renderer.WriteChildren(obj));
    }
}
