using Itou.Export.Markdown.Marks;
using Markdig.Renderers;

namespace Itou.Export.Pdf.Inlines;

/// <summary>
/// <c>&lt;mark style="color:…;background-color:…"&gt;</c>: coloured text, in the colours of the
/// <see cref="Rendering.GitBookPalette"/>.
/// </summary>
internal sealed class MarkRenderer : MarkdownObjectRenderer<PdfRenderer, MarkInline>
{
    protected override void Write(PdfRenderer renderer, MarkInline obj)
    {
        var style = renderer.Inlines.Style;
        var (color, background) = renderer.Styles.Palette.Of(obj);
        if (PdfStyles.ParseColor(color) is { } text)
            style = style with { Color = text };
        if (PdfStyles.ParseColor(background) is { } shade)
            style = style with { Background = shade };
        renderer.Inlines.With(style, () => renderer.WriteChildren(obj));
    }
}
