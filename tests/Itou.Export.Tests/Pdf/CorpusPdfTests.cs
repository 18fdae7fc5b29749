using Itou.Export.Publishing;
using Itou.Export.Tests.Pdf.Support;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Pdf;

/// <summary>The real space (../shared/corpus/itou-gitbook) as a book: read back with poppler, qpdf and PdfPig.</summary>
public sealed class CorpusBookPdfTests(CorpusBookPdfTests.Export export) : IClassFixture<CorpusBookPdfTests.Export>
{
    public sealed class Export : ExportFixture;

    private Task<ExportedPdf> Book() => export.GetAsync(TestPaths.CorpusOrSkip(), ExportSelection.Book, Theme.Default, "corpus-book");

    [Fact]
    public async Task Prints_the_words_of_every_page() => PdfChecks.WordsArePrinted(await Book());

    [Fact]
    public async Task Leaks_no_gitbook_tag() => PdfChecks.NoRawTags(await Book());

    [Fact]
    public async Task Passes_qpdf_check() => PdfChecks.QpdfIsClean(await Book());

    [Fact]
    public async Task Embeds_every_picture_of_the_space() => PdfChecks.ImagesAreEmbedded(await Book());

    [Fact]
    public async Task Internal_links_land_on_their_target_page() => Assert.True(PdfChecks.InternalLinksLand(await Book()) > 100);

    [Fact]
    public async Task Accounts_for_every_text_image_and_link() => PdfChecks.ContentIsAccountedFor(await Book());

    [Fact]
    public async Task Table_of_contents_numbers_are_the_pages_of_the_entries()
    {
        var pdf = await Book();
        Assert.Equal(pdf.Publication.Entries.Count(e => e.Kind == PublicationEntryKind.Page || (e.Kind == PublicationEntryKind.Group && e.Title.Length > 0)),
            PdfChecks.TocNumbersAreTrue(pdf));
    }

    [Fact]
    public async Task Outline_lists_every_page_with_its_headings()
    {
        var pdf = await Book();
        using var document = pdf.Open();
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var nodes = bookmarks.GetNodes().ToList();
        Assert.True(nodes.Count > pdf.Publication.Pages.Count, $"{nodes.Count} bookmarks for {pdf.Publication.Pages.Count} pages");
        Assert.All(pdf.Publication.Pages, page => Assert.Contains(nodes, node => node.Title == pdf.Publication.Entries.First(e => e.Page == page).Title));
        Assert.True(nodes.Max(node => node.Level) >= 2);
    }

    [Fact]
    public async Task Has_at_most_five_percent_of_nearly_empty_pages()
    {
        var pdf = await Book();
        using var document = pdf.Open();
        var (nearlyEmpty, judged) = PageFill.Measure(document);
        Assert.True(nearlyEmpty.Count <= 0.05 * judged, $"{nearlyEmpty.Count} of {judged} pages nearly empty: {string.Join(", ", nearlyEmpty)}");
    }
}

/// <summary>A section of the corpus (a table-of-contents entry and everything under it).</summary>
public sealed class CorpusSectionPdfTests(CorpusSectionPdfTests.Export export) : IClassFixture<CorpusSectionPdfTests.Export>
{
    public sealed class Export : ExportFixture;

    private Task<ExportedPdf> Section() =>
        export.GetAsync(TestPaths.CorpusOrSkip(), ExportSelection.Section("le-marche-de-linclusion/README.md"), Theme.Default, "corpus-section");

    [Fact]
    public async Task Holds_the_section_pages_only_and_prints_their_words()
    {
        var pdf = await Section();
        Assert.Equal(12, pdf.Publication.Pages.Count);
        PdfChecks.WordsArePrinted(pdf);
        PdfChecks.NoRawTags(pdf);
    }

    [Fact]
    public async Task Passes_qpdf_check_and_links_land() 
    {
        var pdf = await Section();
        PdfChecks.QpdfIsClean(pdf);
        PdfChecks.InternalLinksLand(pdf);
        PdfChecks.TocNumbersAreTrue(pdf);
        PdfChecks.ImagesAreEmbedded(pdf);
    }
}

/// <summary>One corpus page as a brief.</summary>
public sealed class CorpusBriefPdfTests(CorpusBriefPdfTests.Export export) : IClassFixture<CorpusBriefPdfTests.Export>
{
    public sealed class Export : ExportFixture;

    private Task<ExportedPdf> Brief() =>
        export.GetAsync(TestPaths.CorpusOrSkip(), ExportSelection.Page("pourquoi-une-plateforme-de-linclusion/qui-est-derriere-la-plateforme-de-linclusion.md"),
            Theme.Default, "corpus-brief");

    [Fact]
    public async Task Is_short_complete_and_clean()
    {
        var pdf = await Brief();
        using (var document = pdf.Open())
            Assert.InRange(document.NumberOfPages, 1, 3);
        PdfChecks.WordsArePrinted(pdf, 1.0);
        PdfChecks.NoRawTags(pdf);
        PdfChecks.QpdfIsClean(pdf);
        PdfChecks.ImagesAreEmbedded(pdf);
    }

    [Fact]
    public async Task Has_no_cover_nor_table_of_contents_and_links_outward()
    {
        var pdf = await Brief();
        using var document = pdf.Open();
        var first = document.GetPage(1);
        Assert.DoesNotContain(first.GetWords(), word => word.Text == "Sommaire");
        Assert.Contains(first.GetWords(), word => word.Text == "Qui");
        Assert.Contains(document.GetPages().SelectMany(page => page.GetHyperlinks()), link => link.Uri?.StartsWith("https://beta.gouv.fr", StringComparison.Ordinal) == true);
    }
}
