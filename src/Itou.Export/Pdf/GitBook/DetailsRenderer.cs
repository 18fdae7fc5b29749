using Itou.Export.Markdown.Details;
using Itou.Export.Pdf.Layout;
using Markdig.Renderers;

namespace Itou.Export.Pdf.GitBook;

/// <summary><c>&lt;details&gt;</c>: printed open, in a frame, the summary as its bold title.</summary>
internal sealed class DetailsRenderer : MarkdownObjectRenderer<PdfRenderer, DetailsBlock>
{
    protected override void Write(PdfRenderer renderer, DetailsBlock obj)
    {
        var frame = new BoxStyle().WithBorder(0.75f, renderer.Styles.Rule) with { CornerRadius = PdfStyles.Radius };
        renderer.Add(new Box(frame, new Padding(Thickness.All(PdfStyles.BoxPadding), renderer.BlocksOf(obj, 5))));
    }
}

/// <summary>The <c>&lt;summary&gt;</c> line: bold, after an open disclosure triangle.</summary>
internal sealed class DetailsSummaryRenderer : MarkdownObjectRenderer<PdfRenderer, DetailsSummaryBlock>
{
    protected override void Write(PdfRenderer renderer, DetailsSummaryBlock obj)
    {
        var style = renderer.BodyStyle with { Bold = true };
        var title = renderer.Paragraph(inlines =>
        {
            inlines.Append("\u25BE ", verbatim: true, style: style with { Color = renderer.Styles.Primary });
            inlines.With(style, () => { if (obj.Inline is not null) renderer.WriteChildren(obj.Inline); });
        }, style);
        if (title is not null)
            renderer.Add(new KeepWithNext(title));
    }
}
