using System.Globalization;
using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;

namespace Itou.Export.Pdf.Document;

/// <summary>One line of the table of contents: its title, depth and the anchor whose page it shows.</summary>
internal sealed record TocLine(string Title, int Depth, string Anchor, bool IsGroup);

/// <summary>
/// The table of contents: one clickable line per entry, dot leaders to the page its anchor landed on in
/// the first pass. In the first pass the numbers are placeholders of the same width, so both passes break the
/// same way.
/// </summary>
internal static class TableOfContents
{
    private const float NumberWidth = 28f;

    public static Element Create(PdfStyles styles, IReadOnlyList<TocLine> lines, string heading)
    {
        var title = new TextBlock(heading, styles.Heading(1));
        return new Column(10)
            .Add(new KeepWithNext(title))
            .Add(new Dynamic(context => Lines(styles, lines, context)))
            .Add(new PageBreak());
    }

    private static Column Lines(PdfStyles styles, IReadOnlyList<TocLine> lines, LayoutContext context)
    {
        var column = new Column(4);
        foreach (var line in lines)
        {
            var page = context.KnownAnchors.TryGetValue(line.Anchor, out var location)
                ? location.Page.ToString(CultureInfo.InvariantCulture)
                : "00";
            var style = line.IsGroup
                ? styles.Body with { Bold = true, Color = styles.Primary, Size = 11 }
                : styles.Body with { Bold = line.Depth == 0 };
            var row = new Row(6)
                .AddFixed(line.Depth * PdfStyles.Indent, new Spacer(0))
                .AddRelative(1, new DotLeaders(new TextBlock(line.Title, style), styles.Muted))
                .AddFixed(NumberWidth, new TextBlock(page, style with { Bold = false }, new ParagraphStyle { Alignment = TextAlignment.Right }));
            Element entry = new LinkArea(LinkTarget.Internal(line.Anchor), row);
            column.Add(line.IsGroup ? new KeepWithNext(new Padding(new Thickness(6, 0, 0, 0), entry)) : entry);
        }
        return column;
    }
}
