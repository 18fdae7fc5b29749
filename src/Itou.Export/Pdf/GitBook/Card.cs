using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;

namespace Itou.Export.Pdf.GitBook;

/// <summary>
/// The look shared by link cards (content-ref, embed, file): a bordered, shaded box with a symbol, a
/// title, lines of detail and an optional picture on the right (a QR code); clickable as a whole.
/// </summary>
internal static class Card
{
    public static Element Create(PdfRenderer renderer, string symbol, Element title, IEnumerable<Element> details, LinkTarget? link, Element? side = null)
    {
        var styles = renderer.Styles;
        var text = new Column(2).Add(title);
        foreach (var detail in details)
            text.Add(detail);
        var row = new Row(8)
            .AddFixed(18, new TextBlock(symbol, styles.Body with { Size = 13, Color = styles.Primary }))
            .AddRelative(1, text);
        if (side is not null)
            row.AddAuto(side);
        return new KeepTogether(Frame(renderer, row, link));
    }

    /// <summary>The card's box around <paramref name="content"/>, clickable as a whole when it leads somewhere.</summary>
    public static Element Frame(PdfRenderer renderer, Element content, LinkTarget? link)
    {
        var styles = renderer.Styles;
        var box = new Box(styles.ShadedBox.WithBorder(0.75f, PdfStyles.Tint(styles.Primary, 0.35f)) with { CornerRadius = PdfStyles.Radius },
            new Padding(Thickness.All(PdfStyles.BoxPadding), content));
        return link is null ? box : new LinkArea(link, box);
    }

    /// <summary>A card title: bold, in the link colour when the card leads somewhere.</summary>
    public static TextBlock Title(PdfRenderer renderer, string text, bool linked) =>
        new(text, renderer.Styles.Body with { Bold = true, Color = linked ? renderer.Styles.Link : renderer.Styles.Text });

    /// <summary>A line of small grey detail (an address, a type and size); never retouched.</summary>
    public static TextBlock Detail(PdfRenderer renderer, string text) => new(text, renderer.Styles.Small);
}
