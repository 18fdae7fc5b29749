using DocumentFormat.OpenXml.Packaging;
using Itou.Export.Docx;
using Itou.Export.Pdf;
using Itou.Export.Publishing;
using Itou.Export.Tests.Pdf.Support;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;
using UglyToad.PdfPig;

namespace Itou.Export.Tests.Dialect;

/// <summary>
/// One space exported by both writers, read back: the PDF as pdftotext and PdfPig see it, the DOCX as
/// the Open XML SDK opens it. Read-back tests of the dialect (issue 14) assert on both.
/// </summary>
internal sealed class BothWriters : IDisposable
{
    private BothWriters(string pdfPath, ExportResult pdf, MemoryStream docx, ExportResult word)
    {
        PdfPath = pdfPath;
        Pdf = pdf;
        Word = word;
        Package = WordprocessingDocument.Open(docx, false);
    }

    public string PdfPath { get; }
    public ExportResult Pdf { get; }
    public ExportResult Word { get; }
    public WordprocessingDocument Package { get; }

    /// <summary>The PDF's text, page after page (pdftotext).</summary>
    public string PdfText => string.Join("\n", PdfTools.TextPages(PdfPath));

    /// <summary>The Word body's text, one paragraph a line.</summary>
    public string DocxText => string.Join("\n", Package.MainDocumentPart!.Document!.Body!
        .Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));

    public PdfDocument OpenPdf() => PdfDocument.Open(PdfPath);

    /// <summary>Exports <paramref name="temp"/> (the whole space as a book unless told) to PDF and DOCX.</summary>
    public static async Task<BothWriters> ExportAsync(TempSpace temp, Theme? theme = null, ExportSelection? selection = null, string name = "both")
    {
        var token = TestContext.Current.CancellationToken;
        theme ??= Theme.Default with { Language = "en-US" };
        selection ??= ExportSelection.Book;
        var space = await temp.LoadAsync();
        var path = Path.Combine(temp.Parent, name + ".pdf");
        ExportResult pdf;
        await using (var output = File.Create(path))
            pdf = await PdfExporter.ExportAsync(space, selection, theme, output, ExportedPdf.Options, token);
        var docx = new MemoryStream();
        var word = await DocxExporter.ExportAsync(space, selection, theme, docx, cancellationToken: token);
        docx.Position = 0;
        return new BothWriters(path, pdf, docx, word);
    }

    public void Dispose() => Package.Dispose();
}
