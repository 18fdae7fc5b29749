using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Media;
using Itou.Export.Docx.Styling;

namespace Itou.Export.Docx.Layout;

/// <summary>
/// The cover: the theme's logos in a row at a common height, the title ("Title"), the description
/// ("Subtitle") and the date. A book's cover fills its own page; a brief's is the top of page one.
/// </summary>
internal static class CoverWriter
{
    private const long LogoHeightEmu = 18L * 36000;

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
        var culture = CultureInfo.GetCultureInfo(state.Theme.Language);
        renderer.WriteParagraph(StyleIds.CoverDate, () => renderer.WriteText(info.Date.ToString("d MMMM yyyy", culture)));
    }

    /// <summary>The logos of the theme side by side, each scaled to the same height.</summary>
    private static void WriteLogos(DocxRenderer renderer)
    {
        var logos = renderer.State.Theme.Logos
            .Select(path => renderer.State.Images.Load(path, "theme", 0))
            .OfType<ImageData>()
            .ToList();
        if (logos.Count == 0)
            return;
        renderer.OpenParagraph(properties: new ParagraphProperties(new SpacingBetweenLines { After = "480" }));
        for (var i = 0; i < logos.Count; i++)
        {
            if (i > 0)
                renderer.WriteText("     ");
            renderer.AppendRunContent(renderer.State.Embedder.AtHeight(renderer.Host, logos[i], LogoHeightEmu, "logo"));
        }
        renderer.CloseParagraph();
    }
}
