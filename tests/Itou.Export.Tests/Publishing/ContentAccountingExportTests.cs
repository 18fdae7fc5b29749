using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Tests.Docx;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Tests.Publishing;

/// <summary>
/// The content accounting of real Word exports read back with the Open XML SDK (the PDF side is in
/// the PDF read-back tests, PdfChecks.ContentIsAccountedFor), and a writer path that drops content.
/// </summary>
public sealed class ContentAccountingExportTests
{
    [Fact]
    public async Task Sample_book_in_Word_loses_nothing_and_its_pictures_are_the_images_written() =>
        await AssertDocxAccountsFor(TestPaths.SampleSpace);

    [Fact]
    public async Task Corpus_book_in_Word_loses_nothing_and_its_pictures_are_the_images_written() =>
        await AssertDocxAccountsFor(TestPaths.CorpusOrSkip());

    private static async Task AssertDocxAccountsFor(string folder)
    {
        var space = await SpaceLoader.LoadAsync(folder, cancellationToken: TestContext.Current.CancellationToken);
        using var output = new MemoryStream();
        var result = await DocxExporter.ExportAsync(space, ExportSelection.Book, Theme.Default, output, new DocxExportOptions { Date = new DateOnly(2026, 11, 27) }, TestContext.Current.CancellationToken);

        Assert.Equal(0, result.Content.Missing);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.ContentMissing);
        Assert.All(result.Content.Counts, c => Assert.Equal(c.Expected, c.Written + c.Diagnosed));
        output.Position = 0;
        using var package = WordprocessingDocument.Open(output, false);
        var main = package.MainDocumentPart!;
        var parts = new DocumentFormat.OpenXml.OpenXmlElement?[] { main.Document!.Body, main.FootnotesPart?.Footnotes }.OfType<DocumentFormat.OpenXml.OpenXmlElement>().ToList();
        // The default theme has no logo or cover picture: every drawing but the embeds' QR codes is a picture of a page.
        var pictures = parts.Sum(p => p.Descendants<Drawing>().Count(d => d.Inline?.DocProperties?.Description?.Value?.StartsWith("QR code", StringComparison.Ordinal) != true));
        Assert.Equal(result.Content[ContentKind.Image].Written, pictures);
        // Each link written is a hyperlink; cards (files, embeds) and the table of contents add their own.
        Assert.InRange(result.Content[ContentKind.Link].Written, 1, parts.Sum(p => p.Descendants<Hyperlink>().Count()));
        var expectedImages = Publication.Create(space, ExportSelection.Book).Pages
            .Sum(page => page.Document.Descendants<LinkInline>().Count(l => l.IsImage) + page.Document.Descendants<Itou.Export.Markdown.Figures.FigureBlock>().Count()
                + page.Document.Descendants<Itou.Export.Markdown.Tables.CardRow>().Count(card => card.Cover is not null));
        Assert.Equal(expectedImages, result.Content[ContentKind.Image].Expected);
    }

    [Fact]
    public void A_link_inside_a_link_is_reported_missing_by_the_Word_writer()
    {
        // Word forbids a hyperlink inside a hyperlink: the writer keeps the inner text only. Markdown
        // cannot nest links, so the tree is built by hand; the ledger must catch the lost link.
        var inner = new LinkInline("https://example.org/inner", "");
        inner.AppendChild(new LiteralInline("dedans"));
        var outer = new LinkInline("https://example.org/outer", "") { Line = 0 };
        outer.AppendChild(new LiteralInline("dehors "));
        outer.AppendChild(inner);
        var paragraph = new ContainerInline();
        paragraph.AppendChild(outer);
        var document = new MarkdownDocument { new ParagraphBlock { Inline = paragraph } };

        using var docx = DocxTestDocument.Tree(document);

        Assert.Equal(new ContentCount(ContentKind.Link, 2, 1, 0, 1), docx.Content[ContentKind.Link]);
        Assert.Equal(0, docx.Content[ContentKind.Text].Missing);
        var missing = Assert.Single(docx.Diagnostics.Items, d => d.Code == DiagnosticCodes.ContentMissing);
        Assert.Contains("https://example.org/inner", missing.Message, StringComparison.Ordinal);
        Assert.Single(docx.Body.Descendants<Hyperlink>());
    }
}
