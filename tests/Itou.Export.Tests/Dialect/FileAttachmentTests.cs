using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Pdf;
using Itou.Export.Publishing;
using Itou.Export.Tests.Pdf.Support;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;
using UglyToad.PdfPig.Annotations;

namespace Itou.Export.Tests.Dialect;

/// <summary>
/// A <c>{% file %}</c> card carries its local file in the PDF (issue 14 §4): an embedded file behind a
/// file-attachment annotation on the card, byte for byte; over the limit only a link and FILE-NOT-ATTACHED.
/// The DOCX card links to the file.
/// </summary>
public sealed class FileAttachmentTests
{
    private static readonly byte[] Sheet = [.. "%PDF-1.4 a small sheet\n"u8, .. Enumerable.Range(0, 600).Select(i => (byte)(i * 7))];

    private static TempSpace Space() => new TempSpace()
        .WriteBytes(".gitbook/assets/brake sheet.pdf", Sheet)
        .Write("README.md", "# Guide\n\nRead it first.\n\n{% file src=\".gitbook/assets/brake sheet.pdf\" %}\nThe brake sheet\n{% endfile %}\n");

    [Fact]
    public async Task A_local_file_is_attached_on_its_card_and_linked_in_the_docx()
    {
        using var temp = Space();
        using var both = await BothWriters.ExportAsync(temp);
        Assert.DoesNotContain(both.Pdf.Diagnostics, d => d.Code == DiagnosticCodes.FileNotAttached);
        using (var pdf = both.OpenPdf())
        {
            var page = pdf.GetPages().Single(p => p.Text.Contains("The brake sheet", StringComparison.Ordinal));
            var attachment = Assert.Single(page.GetAnnotations(), a => a.Type == AnnotationType.FileAttachment);
            var caption = page.GetWords().First(w => w.Text == "brake");
            // On the card: level with its caption, right of it.
            Assert.InRange(attachment.Rectangle.Bottom, caption.BoundingBox.Bottom - 30, caption.BoundingBox.Top + 30);
            Assert.True(attachment.Rectangle.Left > caption.BoundingBox.Right);
        }
        Assert.Equal(0, ExternalTool.RunOrSkip("qpdf", "--check", both.PdfPath).ExitCode);
        var (_, list) = ExternalTool.RunOrSkip("pdfdetach", "-list", both.PdfPath);
        Assert.Contains("1: brake sheet.pdf", list, StringComparison.Ordinal);
        var saved = Path.Combine(temp.Parent, "saved.pdf");
        ExternalTool.RunOrSkip("pdfdetach", "-save", "1", "-o", saved, both.PdfPath);
        Assert.Equal(Sheet, File.ReadAllBytes(saved));
        var link = Assert.Single(both.Package.MainDocumentPart!.Document!.Body!.Descendants<Hyperlink>(), h => h.InnerText == "brake sheet.pdf");
        var target = both.Package.MainDocumentPart.HyperlinkRelationships.Single(r => r.Id == link.Id).Uri.OriginalString;
        Assert.EndsWith("brake%20sheet.pdf", target.Replace(" ", "%20", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_cards_of_one_file_carry_it_once()
    {
        using var temp = new TempSpace()
            .WriteBytes(".gitbook/assets/brake sheet.pdf", Sheet)
            .Write("README.md", "# Guide\n\n{% file src=\".gitbook/assets/brake sheet.pdf\" %}\n\nAgain:\n\n{% file src=\".gitbook/assets/brake sheet.pdf\" %}\n");
        using var both = await BothWriters.ExportAsync(temp);
        using (var pdf = both.OpenPdf())
            Assert.Equal(2, pdf.GetPages().SelectMany(p => p.GetAnnotations()).Count(a => a.Type == AnnotationType.FileAttachment));
        // pdfdetach lists a file per annotation; the file itself must be in the PDF once.
        var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(both.PdfPath));
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(text, @"/Type /EmbeddedFile\b"));
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(text, @"/Type /Filespec\b"));
        Assert.Equal(0, ExternalTool.RunOrSkip("qpdf", "--check", both.PdfPath).ExitCode);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_only_linked_and_reported()
    {
        using var temp = Space();
        var path = Path.Combine(temp.Parent, "limit.pdf");
        var options = ExportedPdf.Options with { Limits = new ExportLimits { MaxAttachmentBytes = 100 } };
        ExportResult result;
        await using (var output = File.Create(path))
            result = await PdfExporter.ExportAsync(await temp.LoadAsync(), ExportSelection.Book, Theme.Default with { Language = "en-US" }, output, options, TestContext.Current.CancellationToken);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.FileNotAttached);
        Assert.Equal(("README.md", 5), (diagnostic.File, diagnostic.Line));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(path);
        Assert.DoesNotContain(pdf.GetPages().SelectMany(p => p.GetAnnotations()), a => a.Type == AnnotationType.FileAttachment);
        Assert.Contains(pdf.GetPages().SelectMany(p => p.GetAnnotations()), a => a.Type == AnnotationType.Link);
    }
}
