using DocumentFormat.OpenXml.Packaging;
using Itou.Export.Docx;
using Itou.Export.Pdf;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Imaging.Remote;

/// <summary>
/// The remote-image tests' book and read-back: a space whose first page shows remote pictures from line 5,
/// exported by either writer, then read back (text, links, embedded pictures) with PdfPig or the Open XML SDK.
/// </summary>
internal static class RemoteBook
{
    public static readonly DateOnly Day = new(2026, 11, 27);

    /// <summary>The text before the pictures: the export went on when it is there.</summary>
    public const string Before = "Avant les images.";

    /// <summary>README.md shows <paramref name="readme"/> (from line 5); a second page shows <paramref name="second"/> when given.</summary>
    public static TempSpace Create(string readme, string? second = null)
    {
        var temp = new TempSpace().Write("README.md", $"# Accueil\n\n{Before}\n\n{readme}\n");
        if (second is null)
            return temp.Write("SUMMARY.md", "# Table of contents\n\n* [Accueil](README.md)\n");
        return temp.Write("suite.md", $"# Suite\n\n{second}\n")
            .Write("SUMMARY.md", "# Table of contents\n\n* [Accueil](README.md)\n* [Suite](suite.md)\n");
    }

    /// <summary>Loads the space afresh (its own diagnostics) and exports it as <paramref name="format"/>, through <paramref name="cache"/> when given.</summary>
    public static async Task<(byte[] Bytes, GitBookSpace Space)> ExportAsync(string format, TempSpace temp, ExportLimits limits, RemoteImageCache? cache = null)
    {
        var space = await temp.LoadAsync(limits);
        using var output = new MemoryStream();
        var cancellationToken = TestContext.Current.CancellationToken;
        if (format == "pdf")
            await PdfExporter.ExportAsync(space, ExportSelection.Book, Theme.Default, output, new PdfExportOptions { Date = Day, RemoteImageCache = cache }, cancellationToken);
        else
            await DocxExporter.ExportAsync(space, ExportSelection.Book, Theme.Default, output, new DocxExportOptions { Date = Day, RemoteImageCache = cache }, cancellationToken);
        return (output.ToArray(), space);
    }

    /// <summary>
    /// Whether the JPEG <paramref name="image"/> is in the document as it is: the PDF carries it as an image
    /// PdfPig finds on a page, the DOCX as a media part.
    /// </summary>
    public static bool Embeds(string format, byte[] document, byte[] image)
    {
        if (format == "pdf")
        {
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(document);
            return pdf.GetPages().SelectMany(page => page.GetImages()).Any(drawn => drawn.RawMemory.Span.SequenceEqual(image));
        }
        using var package = WordprocessingDocument.Open(new MemoryStream(document), false);
        return package.MainDocumentPart!.ImageParts.Any(part =>
        {
            using var stream = part.GetStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray().AsSpan().SequenceEqual(image);
        });
    }

    /// <summary>How many image parts a DOCX holds.</summary>
    public static int ImageParts(byte[] docx)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return package.MainDocumentPart!.ImageParts.Count();
    }

    /// <summary>The document's words: the PDF's pages read back, the DOCX body's text.</summary>
    public static string Text(string format, byte[] document)
    {
        if (format == "pdf")
        {
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(document);
            return string.Join('\n', pdf.GetPages().Select(page => string.Join(' ', page.GetWords().Select(word => word.Text))));
        }
        using var package = WordprocessingDocument.Open(new MemoryStream(document), false);
        return package.MainDocumentPart!.Document!.Body!.InnerText;
    }

    /// <summary>The addresses the document links to: PDF link annotations, DOCX hyperlink relationships.</summary>
    public static string[] Links(string format, byte[] document)
    {
        if (format == "pdf")
        {
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(document);
            return [.. pdf.GetPages().SelectMany(page => page.GetHyperlinks()).Select(link => link.Uri)];
        }
        using var package = WordprocessingDocument.Open(new MemoryStream(document), false);
        return [.. package.MainDocumentPart!.HyperlinkRelationships.Select(link => link.Uri.OriginalString)];
    }
}
