using Itou.Export.Pdf;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Tests.Pdf.Support;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Pdf;

/// <summary>The bundled sample space (every construct of the dialect) as a book with the sample theme.</summary>
public sealed class SamplePdfTests(SamplePdfTests.Export export) : IClassFixture<SamplePdfTests.Export>
{
    public sealed class Export : ExportFixture;

    private static Theme SampleTheme => ThemeLoader.Load(TestPaths.SampleTheme);

    private Task<ExportedPdf> Book() => export.GetAsync(TestPaths.SampleSpace, ExportSelection.Book, SampleTheme, "sample-book");

    [Fact]
    public async Task Prints_the_words_of_every_page_and_no_tag()
    {
        var pdf = await Book();
        PdfChecks.WordsArePrinted(pdf);
        PdfChecks.NoRawTags(pdf);
    }

    [Fact]
    public async Task Passes_qpdf_check() => PdfChecks.QpdfIsClean(await Book());

    [Fact]
    public async Task Embeds_every_picture_and_the_theme_logos()
    {
        var pdf = await Book();
        PdfChecks.ImagesAreEmbedded(pdf);
    }

    [Fact]
    public async Task Internal_links_and_table_of_contents_land_on_their_pages()
    {
        var pdf = await Book();
        Assert.True(PdfChecks.InternalLinksLand(pdf) > 0);
        Assert.True(PdfChecks.TocNumbersAreTrue(pdf) >= pdf.Publication.Pages.Count);
    }

    [Fact]
    public async Task Links_to_pages_outside_a_section_point_to_the_site()
    {
        var space = await SpaceLoader.LoadAsync(TestPaths.SampleSpace, cancellationToken: TestContext.Current.CancellationToken);
        using var output = new MemoryStream();
        await PdfExporter.ExportAsync(space, ExportSelection.Page("ateliers/reparer-un-velo.md"), SampleTheme, output, ExportedPdf.Options, TestContext.Current.CancellationToken);
        using var document = UglyToad.PdfPig.PdfDocument.Open(output.ToArray());
        var links = document.GetPages().SelectMany(page => page.GetHyperlinks()).Select(link => link.Uri).ToList();
        Assert.Contains(links, uri => uri?.StartsWith("https://docs.example.org/atelier-commun/ateliers/fiche-securite", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Same_input_gives_the_same_bytes()
    {
        var space = await SpaceLoader.LoadAsync(TestPaths.SampleSpace, cancellationToken: TestContext.Current.CancellationToken);
        byte[] Once()
        {
            using var output = new MemoryStream();
            PdfExporter.ExportAsync(space, ExportSelection.Book, SampleTheme, output, ExportedPdf.Options, TestContext.Current.CancellationToken).GetAwaiter().GetResult();
            return output.ToArray();
        }
        Assert.Equal(Once(), Once());
    }

    [Fact]
    public async Task Cancellation_stops_the_export_and_writes_nothing()
    {
        var space = await SpaceLoader.LoadAsync(TestPaths.SampleSpace, cancellationToken: TestContext.Current.CancellationToken);
        using var output = new MemoryStream();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            PdfExporter.ExportAsync(space, ExportSelection.Book, SampleTheme, output, ExportedPdf.Options, new CancellationToken(canceled: true)));
        Assert.Equal(0, output.Length);
    }
}
