using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;

namespace Itou.Export.Pdf.Document;

/// <summary>
/// The first page of a book or section (the theme's logos in a row at a common height, the title, the
/// description, the date (in the document's language) and the optional cover picture), and the shorter title band of a brief.
/// </summary>
internal static class CoverPage
{
    private const float CoverLogoHeight = 46f;
    private const float BriefLogoHeight = 30f;

    /// <summary>A full cover page, followed by a page break.</summary>
    public static Element Create(PdfStyles styles, PdfImages images, string title, string? description, string date)
    {
        var cover = new Column(14);
        if (Logos(styles, images, CoverLogoHeight) is { } logos)
            cover.Add(logos);
        cover.Add(new Spacer(110));
        var band = new Column(12)
            .Add(new TextBlock(title, styles.Body with { Size = 28, Bold = true, Color = styles.Primary, LineHeight = 1.15f }));
        if (!string.IsNullOrWhiteSpace(description))
            band.Add(new TextBlock(description, styles.Body with { Size = 13, Color = styles.Muted }));
        band.Add(new TextBlock(date, styles.Body with { Size = 10.5f, Color = styles.Muted }));
        cover.Add(new Box(new BoxStyle { Left = new BorderSide(5, styles.Primary) }, new Padding(new Thickness(4, 0, 4, 16), band)));
        if (styles.Theme.CoverImage is { } path && images.LoadThemeFile(path) is { } picture)
            cover.Add(new Spacer(20)).Add(new Image(picture, null, TextAlignment.Center));
        return cover.Add(new PageBreak());
    }

    /// <summary>The top of a brief's first page: logos, then the date, over a rule.</summary>
    public static Element Brief(PdfStyles styles, PdfImages images, string date)
    {
        var band = new Column(6);
        var row = new Row(12);
        if (Logos(styles, images, BriefLogoHeight) is { } logos)
            row.AddRelative(1, logos);
        else
            row.AddRelative(1, new Spacer(0));
        row.AddAuto(new TextBlock(date, styles.Small, new ParagraphStyle { Alignment = TextAlignment.Right }));
        return band.Add(row).Add(new Line(1.5f, styles.Primary)).Add(new Spacer(4));
    }

    /// <summary>The theme's logos side by side, each scaled to <paramref name="height"/>; null when there are none.</summary>
    public static Row? Logos(PdfStyles styles, PdfImages images, float height)
    {
        var row = new Row(18);
        var any = false;
        foreach (var path in styles.Theme.Logos)
        {
            if (images.LoadThemeFile(path) is not { } logo)
                continue;
            row.AddAuto(new Image(logo, height * logo.Width / logo.Height));
            any = true;
        }
        return any ? row : null;
    }
}
