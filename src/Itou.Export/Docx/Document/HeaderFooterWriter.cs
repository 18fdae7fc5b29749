using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Media;
using Itou.Export.Docx.Styling;

namespace Itou.Export.Docx.Document;

/// <summary>
/// The running header (first logo and the document title, then the theme's header text) and the
/// footer (the theme's footer text, then the "page X / Y" label, its numbers PAGE and NUMPAGES fields
/// Word and LibreOffice compute), each in its own part with its own picture relationships.
/// </summary>
internal static class HeaderFooterWriter
{
    // As tall as the PDF's: the header must stay within the band above the body (Rendering/PageArea).
    private const long LogoHeightEmu = (long)(Rendering.PageArea.BandLine * 12700);

    /// <summary>A header part; empty when <paramref name="title"/> is null (a brief's first page).</summary>
    public static string AddHeader(DocxWriterState state, string? title)
    {
        var part = state.Main.AddNewPart<HeaderPart>("rHeader" + (title is null ? "Empty" : "Main"));
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Header }));
        if (title is not null)
        {
            if (state.Theme.Logos.Select(p => state.Pictures.UseThemeFile(p)).OfType<ImageData>().FirstOrDefault() is { } logo)
                paragraph.Append(new Run(state.Embedder.AtHeight(part, logo, LogoHeightEmu, state.Labels.Logo)), new Run(new TabChar()));
            var text = Rendering.RunningHeader.Text(title, state.Theme);
            paragraph.Append(TextRun(text));
        }
        part.Header = new Header(paragraph);
        return state.Main.GetIdOfPart(part);
    }

    /// <summary>A footer part: footer text, right tab, the "page X / Y" label with PAGE and NUMPAGES fields for its numbers.</summary>
    public static string AddFooter(DocxWriterState state, string id)
    {
        var part = state.Main.AddNewPart<FooterPart>(id);
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Footer }));
        if (!string.IsNullOrWhiteSpace(state.Theme.FooterText))
            paragraph.Append(TextRun(state.Theme.FooterText));
        paragraph.Append(new Run(new TabChar()));
        foreach (var piece in state.Labels.PageOfParts())
        {
            paragraph.Append(piece.Placeholder switch
            {
                "page" => Field("PAGE", "1"),
                "pages" => Field("NUMPAGES", "1"),
                _ => (OpenXmlElement)TextRun(piece.Text),
            });
        }
        part.Footer = new Footer(paragraph);
        return state.Main.GetIdOfPart(part);
    }

    private static SimpleField Field(string instruction, string cached) =>
        new(new Run(new Text(cached))) { Instruction = $" {instruction} " };

    private static Run TextRun(string text) => new(new Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
}
