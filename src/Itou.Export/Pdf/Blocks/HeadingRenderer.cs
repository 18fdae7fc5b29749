using Itou.Export.Pdf.Layout;
using Itou.Export.Publishing;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Itou.Export.Pdf.Blocks;

/// <summary>
/// A heading: sized by level, an anchor that links and the outline point at, and kept with what
/// follows so it never ends a page. A heading with no text (<c>###</c> alone) prints nothing.
/// </summary>
internal sealed class HeadingRenderer : MarkdownObjectRenderer<PdfRenderer, HeadingBlock>
{
    protected override void Write(PdfRenderer renderer, HeadingBlock obj)
    {
        if (renderer.Paragraph(obj.Inline, renderer.Styles.Heading(obj.Level)) is not { } text)
            return;
        renderer.Ledger.Written(obj);
        var anchor = AnchorIds.ForHeading(renderer.Page.Path, obj);
        if (obj == renderer.Page.TitleHeading)
        {
            renderer.AddTitle(text, renderer.PlainText(obj.Inline), anchor);
            return;
        }
        renderer.Headings.Add(new RenderedHeading(obj.Level, renderer.PlainText(obj.Inline), anchor));
        var spaced = new Padding(new Thickness(PdfStyles.SpaceAboveHeading(obj.Level), 0, 0, 0), text);
        renderer.Add(new KeepWithNext(new Anchor(anchor, spaced)));
    }
}
