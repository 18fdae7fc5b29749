using Itou.Export.Markdown.Marks;
using Markdig.Renderers;

namespace Itou.Export.Pdf.Inlines;

/// <summary>
/// <c>&lt;mark style="color:…;background-color:…"&gt;</c>: coloured text; a background colour is drawn as a
/// light tint of itself so the text stays readable. Unknown colours fall back to the plain highlight.
/// </summary>
internal sealed class MarkRenderer : MarkdownObjectRenderer<PdfRenderer, MarkInline>
{
    protected override void Write(PdfRenderer renderer, MarkInline obj)
    {
        var style = renderer.Inlines.Style;
        if (PdfStyles.ParseColor(obj.Color) is { } color)
            style = style with { Color = color };
        if (obj.BackgroundColor is not null)
            style = style with { Background = PdfStyles.ParseColor(obj.BackgroundColor) is { } background ? PdfStyles.Tint(background, 0.18f) : renderer.Styles.Highlight };
        if (obj.Color is null && obj.BackgroundColor is null)
            style = style with { Background = renderer.Styles.Highlight };
        renderer.Inlines.With(style, () => renderer.WriteChildren(obj));
    }
}
