using Itou.Export.Publishing;
using Itou.Export.Tests.Pdf.Support;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Pdf;

/// <summary>
/// Where books start new sheets (theme <c>pageBreaks</c>), read back from the PDF; and print economy
/// (nearly empty pages, as ../shared/tools/pdf-fill counts them) on every shared corpus.
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

    [Theory]
    [InlineData("botsbusiness-ar")]
    [InlineData("cherry-studio-zh")]
    [InlineData("flowise-es")]
    [InlineData("gitbook-docs")]
    [InlineData("hostvm-ru")]
    public async Task A_corpus_book_has_at_most_five_percent_of_nearly_empty_pages(string corpus)
    {
        var folder = TestPaths.CorpusOrSkip(corpus);

        var pdf = await ExportedPdf.CreateAsync(folder, ExportSelection.Book, Theme.Default, "fill-" + corpus);

        using var document = pdf.Open();
        var (nearlyEmpty, judged) = PageFill.Measure(document);
        Assert.True(nearlyEmpty.Count <= 0.05 * judged, $"{nearlyEmpty.Count} of {judged} pages nearly empty: {string.Join(", ", nearlyEmpty)}");
    }
}
