using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Media;
using Itou.Export.Docx.Styling;

namespace Itou.Export.Docx.Document;

/// <summary>
/// The cover: the theme's logos in a row at a common height, the title ("Title"), the description
/// ("Subtitle") and the date; a book's cover, which fills its own page, ends with the theme's cover
/// image (as in the PDF). A brief's cover is the top of page one.
/// </summary>
internal static class CoverWriter
{
    private const long LogoHeightEmu = 18L * 36000;
    // Room taken by the five spaces between two logos, about 9 mm at body size.
    private const long GapEmu = 9L * 36000;

    public static void Write(DocxRenderer renderer, DocxDocumentInfo info)
    {
        var state = renderer.State;
        WriteLogos(renderer);
        if (info.IsBook)
            renderer.OpenParagraph(properties: new ParagraphProperties(new SpacingBetweenLines { Before = "2400", After = "0" }));
        var title = renderer.OpenParagraph(StyleIds.Title);
        renderer.WriteText(info.Title);
        renderer.CloseParagraph();
        foreach (var anchor in info.TitleAnchors)
        {
            if (state.Bookmarks.Place(anchor) is { } bookmark)
                title.ParagraphProperties!.InsertAfterSelf(bookmark.End).InsertBeforeSelf(bookmark.Start);
        }
        if (!string.IsNullOrWhiteSpace(info.Description))
            renderer.WriteParagraph(StyleIds.Subtitle, () => renderer.WriteText(info.Description));
        renderer.WriteParagraph(StyleIds.CoverDate, () => renderer.WriteText(state.Labels.Date(info.Date)));
        if (info.IsBook)
            WriteCoverImage(renderer);
    }

    /// <summary>The theme's cover picture, centred, fitted to the text width and half the page's text height.</summary>
    private static void WriteCoverImage(DocxRenderer renderer)
    {
        var state = renderer.State;
        if (state.Theme.CoverImage is not { } path || state.Pictures.UseThemeFile(path) is not { } picture)
            return;
        renderer.OpenParagraph(properties: new ParagraphProperties(
            new SpacingBetweenLines { Before = "480" }, new Justification { Val = JustificationValues.Center }));
        renderer.AppendRunContent(state.Embedder.Fit(renderer.Host, picture, state.Geometry.TextWidthEmu, state.Geometry.TextHeightEmu / 2, state.Labels.CoverPicture));
        renderer.CloseParagraph();
    }

    /// <summary>The logos of the theme side by side, each scaled to the same height.</summary>
    private static void WriteLogos(DocxRenderer renderer)
    {
        var logos = renderer.State.Theme.Logos
            .Select(path => renderer.State.Pictures.UseThemeFile(path))
            .OfType<ImageData>()
            .ToList();
        if (logos.Count == 0)
            return;
        // One row: the common height shrinks when the logos side by side would be wider than the text.
        var widthAtOneEmu = logos.Sum(l => (double)l.PixelWidth / l.PixelHeight) + GapEmu * (logos.Count - 1) / (double)LogoHeightEmu;
        var height = (long)Math.Min(LogoHeightEmu, renderer.State.Geometry.TextWidthEmu * 0.95 / widthAtOneEmu);
        renderer.OpenParagraph(properties: new ParagraphProperties(new SpacingBetweenLines { After = "480" }));
        for (var i = 0; i < logos.Count; i++)
        {
            if (i > 0)
                renderer.WriteText("     ");
            renderer.AppendRunContent(renderer.State.Embedder.AtHeight(renderer.Host, logos[i], height, renderer.State.Labels.Logo));
        }
        renderer.CloseParagraph();
    }
}
