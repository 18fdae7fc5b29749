using Itou.Export.Publishing;
using Itou.Export.Tests.Pdf.Support;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Pdf;

/// <summary>
/// Where books start new sheets (theme <c>pageBreaks</c>), read back from the PDF; and print economy
/// (no widow block; nearly empty pages, as ../shared/tools/pdf-fill counts them, on every shared corpus).
/// </summary>
public sealed class PageEconomyPdfTests
{
    private static TempSpace Workshop() => new TempSpace()
        .Write("SUMMARY.md", "# Table of contents\n\n* [Accueil](README.md)\n\n## Atelier\n\n* [Réparer](reparer/README.md)\n  * [Freins](reparer/freins.md)\n  * [Pneus](reparer/pneus.md)\n* [Entretien](entretien.md)\n")
        .Write("README.md", "# Accueil\n\nBienvenue.\n")
        .Write("reparer/README.md", "# Réparer\n\nCe qui casse.\n")
        .Write("reparer/freins.md", "# Freins\n\nLes patins.\n")
        .Write("reparer/pneus.md", "# Pneus\n\nLa chambre.\n")
        .Write("entretien.md", "# Entretien\n\nLa chaîne.\n");

    [Theory]
    [InlineData(PageBreaks.Section, new[] { 3, 4, 4, 4, 5 })] // the group's first level starts sheets; the pages under them follow on
    [InlineData(PageBreaks.Page, new[] { 3, 4, 5, 6, 7 })]
    [InlineData(PageBreaks.None, new[] { 3, 3, 3, 3, 3 })]
    public async Task Sheets_start_where_the_theme_says(PageBreaks breaks, int[] pages)
    {
        using var space = Workshop();

        var pdf = await ExportedPdf.CreateAsync(space.Folder, ExportSelection.Book, Theme.Default with { PageBreaks = breaks }, "page-breaks-" + breaks);

        using var document = pdf.Open();
        int PageOf(string title) => document.GetPages().First(page => page.Number > 2 && page.GetWords().Any(word => word.Text == title)).Number;
        Assert.Equal(pages, new[] { "Accueil", "Réparer", "Freins", "Pneus", "Entretien" }.Select(PageOf));
        Assert.Equal(pages[^1], document.NumberOfPages);
    }

    private static TempSpace Paragraphs(int count) => new TempSpace()
        .Write("SUMMARY.md", "# Table of contents\n\n* [Long](long.md)\n* [Suite](suite/README.md)\n  * [Sous](suite/sous.md)\n")
        .Write("long.md", "# Long\n\n" + string.Concat(Enumerable.Range(1, count).Select(i => $"Paragraphe{i} court.\n\n")))
        .Write("suite/README.md", "# Suite\n\nSuite du livre.\n")
        .Write("suite/sous.md", "# Sous\n\nSous-page.\n");

    [Fact]
    public async Task A_short_last_paragraph_goes_back_onto_the_previous_page()
    {
        // How many paragraphs the first page of "Long" holds: asked of the exporter, not guessed here.
        using var calibration = Paragraphs(200);
        using var calibrated = (await ExportedPdf.CreateAsync(calibration.Folder, ExportSelection.Book, Theme.Default, "widow-calibration")).Open();
        var perPage = calibrated.GetPage(3).GetWords().Count(word => word.Text.StartsWith("Paragraphe", StringComparison.Ordinal));
        using var space = Paragraphs(perPage + 1);

        var pdf = await ExportedPdf.CreateAsync(space.Folder, ExportSelection.Book, Theme.Default, "widow-block");

        using var document = pdf.Open();
        int PageOf(string word) => document.GetPages().First(page => page.Number > 2 && page.GetWords().Any(w => w.Text == word)).Number;
        Assert.Equal(3, PageOf($"Paragraphe{perPage + 1}"));
        Assert.Equal(4, PageOf("Suite"));
        Assert.Equal(4, document.NumberOfPages); // "Sous" follows on under "Suite"
    }

    [Theory]
    [InlineData("botsbusiness-ar")]
    [InlineData("cherry-studio-zh")]
    [InlineData("flowise-es")]
    [InlineData("gitbook-docs")]
    [InlineData("hostvm-ru")]
    public async Task A_corpus_book_has_at_most_five_percent_of_nearly_empty_pages(string corpus)
    {
        var pdf = await Dialect.CorpusBooks.GetAsync(corpus);

        using var document = pdf.Open();
        var (nearlyEmpty, judged) = PageFill.Measure(document);
        Assert.True(nearlyEmpty.Count <= 0.05 * judged, $"{nearlyEmpty.Count} of {judged} pages nearly empty: {string.Join(", ", nearlyEmpty)}");
    }
}
