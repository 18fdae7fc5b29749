using Itou.Export.Markdown.Buttons;
using Markdig.Renderers;

namespace Itou.Export.Pdf.Inlines;

/// <summary>
/// <c>&lt;a class="button"&gt;</c>: a link in bold with an arrow, the way a printed call to action reads
/// (a drawn button could not hold a line break).
/// </summary>
internal sealed class ButtonRenderer : MarkdownObjectRenderer<PdfRenderer, ButtonInline>
{
    private readonly LinkRenderer link = new();

    protected override void Write(PdfRenderer renderer, ButtonInline obj)
    {
        var inlines = renderer.Inlines;
        inlines.With(inlines.Style with { Bold = true }, () =>
        {
            inlines.Append("\u2192 ", verbatim: true);
            ((IMarkdownObjectRenderer)link).Write(renderer, obj);
        });
    }
}
