using System.Globalization;
using Itou.Export.Localization;
using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;

namespace Itou.Export.Pdf.Document;

/// <summary>
/// The running header (first logo and the document title, over a rule) and footer (the theme's footer
/// text and "page X / Y" in the document's language): the header on every page but the first (the cover, or the brief's own title
/// band), the footer on every page but a cover.
/// </summary>
internal static class PageFrame
{
    public static Func<PageInfo, Element?> Header(PdfStyles styles, PdfImages images, string title)
    {
        var logo = styles.Theme.Logos.Select(images.LoadThemeFile).FirstOrDefault(image => image is not null);
        var text = Rendering.RunningHeader.Text(title, styles.Theme);
        return page =>
        {
            if (page.Number == 1)
                return null;
            var row = new Row(10);
            if (logo is not null)
                row.AddAuto(new Image(logo, Rendering.PageArea.BandLine * logo.Width / logo.Height));
            row.AddRelative(1, new TextBlock(text, styles.Small, new ParagraphStyle { Alignment = TextAlignment.Right }));
            return new Column(Rendering.PageArea.RuleGap).Add(row).Add(new Line(Rendering.PageArea.RuleWidth, styles.Rule));
        };
    }

    public static Func<PageInfo, Element?> Footer(PdfStyles styles, Labels labels, bool cover)
    {
        var footerText = styles.Theme.FooterText ?? "";
        return page =>
        {
            if (page.Number == 1 && cover)
                return null;
            // First pass: the count is unknown; a placeholder as wide keeps the layout identical.
            var count = page.Count ?? (int)Math.Pow(10, page.Number.ToString(CultureInfo.InvariantCulture).Length);
            var number = labels.PageOf(page.Number, count);
            var row = new Row(10)
                .AddRelative(1, new TextBlock(footerText, styles.Small))
                .AddAuto(new TextBlock(number, styles.Small, new ParagraphStyle { Alignment = TextAlignment.Right }));
            return new Column(Rendering.PageArea.RuleGap).Add(new Line(Rendering.PageArea.RuleWidth, styles.Rule)).Add(row);
        };
    }
}
