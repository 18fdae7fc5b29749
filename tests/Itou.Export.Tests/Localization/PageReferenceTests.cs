using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx;
using Itou.Export.Pdf;
using Itou.Export.Publishing;
using Itou.Export.Tests.Pdf.Support;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Localization;

/// <summary>
/// Paper readers (issue 15 §4-§5): in a book an internal link is followed by the page it leads to, in
/// the document's language; the DOCX table of contents and page references carry the page numbers of
/// our own PDF of the same selection (read back with pdftotext and the Open XML SDK).
/// </summary>
public class PageReferenceTests
{
    private const string Far = "Ce paragraphe est sur la page lointaine.";

    [Fact]
    public async Task A_pdf_book_prints_the_page_an_internal_link_leads_to()
    {
        using var temp = Book();
        var pages = await PdfPages(temp, Theme.Default with { Language = "fr-FR" });
        var target = pages.FindIndex(page => page.Contains(Far, StringComparison.Ordinal)) + 1;
        Assert.True(target > 3, "the linked page is after the cover, the contents and the first page");
        Assert.Contains($"Voir la page lointaine (p. {target})", Flat(pages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_references_follow_the_language_and_the_theme_can_turn_them_off()
    {
        using var temp = Book();
        Assert.Contains("(S. ", Flat(await PdfPages(temp, Theme.Default with { Language = "de" })), StringComparison.Ordinal);
        Assert.DoesNotContain("(p. ", Flat(await PdfPages(temp, Theme.Default with { Language = "fr", PageReferences = false })), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_docx_contents_and_page_references_hold_the_pdf_page_numbers()
    {
        using var temp = Book();
        var theme = Theme.Default with { Language = "fr-FR" };
        var pdf = await PdfPages(temp, theme);
        using var docx = await Docx(temp, theme);
        var body = docx.MainDocumentPart!.Document!.Body!;

        var entries = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("TOC", StringComparison.Ordinal) == true
            && p.ParagraphProperties.ParagraphStyleId.Val.Value != "TOCHeading").ToList();
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            var runs = entry.Descendants<Hyperlink>().Single().Elements<Run>().ToList();
            var title = string.Concat(runs.TakeWhile(run => run.GetFirstChild<TabChar>() is null).Select(run => run.InnerText));
            var number = int.Parse(runs[^1].InnerText, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains(title, pdf[number - 1], StringComparison.Ordinal);
        }
        // The TOC field stays dirty: Word refreshes it when it opens the file.
        Assert.True(body.Descendants<FieldChar>().First().Dirty!.Value);

        var reference = body.Descendants<SimpleField>().Single(field => field.Instruction!.Value!.Contains("PAGEREF", StringComparison.Ordinal));
        var target = pdf.FindIndex(page => page.Contains(Far, StringComparison.Ordinal)) + 1;
        Assert.Equal(target.ToString(System.Globalization.CultureInfo.InvariantCulture), reference.InnerText);
        Assert.Contains("(p.", reference.Parent!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_brief_has_no_page_reference_unless_the_theme_asks()
    {
        using var temp = Book();
        var space = await temp.LoadAsync();
        Assert.False(Publication.Create(space, ExportSelection.Page("README.md"), Theme.Default).PageReferences);
        Assert.True(Publication.Create(space, ExportSelection.Page("README.md"), Theme.Default with { PageReferences = true }).PageReferences);
        Assert.True(Publication.Create(space, ExportSelection.Book, Theme.Default).PageReferences);
    }

    // Three pages; the first links to the third, which starts two sheets later.
    private static TempSpace Book() => new TempSpace()
        .Write("SUMMARY.md", "# Sommaire\n\n* [Accueil](README.md)\n* [Milieu](milieu.md)\n* [Lointaine](loin.md)\n")
        .Write("README.md", "# Accueil\n\n[Voir la page lointaine](loin.md) pour la suite.\n")
        .Write("milieu.md", "# Milieu\n\n" + string.Join("\n\n", Enumerable.Repeat("Un paragraphe de remplissage pour occuper la page du milieu.", 60)) + "\n")
        .Write("loin.md", $"# Lointaine\n\n{Far}\n");

    private static async Task<List<string>> PdfPages(TempSpace temp, Theme theme)
    {
        var space = await temp.LoadAsync();
        var path = Path.Combine(temp.Parent, Guid.NewGuid().ToString("N") + ".pdf");
        await using (var output = File.Create(path))
            await PdfExporter.ExportAsync(space, ExportSelection.Book, theme, output, cancellationToken: TestContext.Current.CancellationToken);
        return [.. PdfTools.TextPages(path)];
    }

    private static async Task<WordprocessingDocument> Docx(TempSpace temp, Theme theme)
    {
        var space = await temp.LoadAsync();
        var output = new MemoryStream();
        await DocxExporter.ExportAsync(space, ExportSelection.Book, theme, output, cancellationToken: TestContext.Current.CancellationToken);
        output.Position = 0;
        return WordprocessingDocument.Open(output, false);
    }

    // pdftotext breaks lines where the PDF does: one line of words to search in.
    private static string Flat(IEnumerable<string> pages) => string.Join(" ", string.Join(" ", pages).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('\u00A0', ' ');
}
