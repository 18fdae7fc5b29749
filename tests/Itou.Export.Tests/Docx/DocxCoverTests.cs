using DocumentFormat.OpenXml.Packaging;
using Itou.Export.Docx;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Itou.Export.Tests.Docx;

/// <summary>The sample space with the sample theme: the cover carries the theme's logos and, in a book, its cover image.</summary>
public class DocxCoverTests
{
    [Fact]
    public async Task A_book_cover_ends_with_the_theme_cover_image_fitted_to_the_text_width()
    {
        using var package = await Export(ExportSelection.Book);
        var cover = Drawings(package).Single(d => d.DocProperties!.Description == "Image de couverture");
        var theme = ThemeLoader.Load(TestPaths.SampleTheme);
        Assert.Equal(await File.ReadAllBytesAsync(theme.CoverImage!, TestContext.Current.CancellationToken), ImageBytes(package, cover));
        Assert.InRange(cover.Extent!.Cx!.Value, 1, TextWidthEmu(package));
        Assert.Equal(theme.Logos.Count, Drawings(package).TakeWhile(d => d != cover).Count(d => d.DocProperties!.Description == "Logo"));
    }

    [Fact]
    public async Task A_brief_has_the_logos_but_no_cover_image()
    {
        using var package = await Export(ExportSelection.Page("ateliers/fiche-securite.md"));
        Assert.DoesNotContain(Drawings(package), d => d.DocProperties!.Description == "Image de couverture");
        Assert.Contains(Drawings(package), d => d.DocProperties!.Description == "Logo");
    }

    private static async Task<WordprocessingDocument> Export(ExportSelection selection)
    {
        var space = await SpaceLoader.LoadAsync(TestPaths.SampleSpace, cancellationToken: TestContext.Current.CancellationToken);
        var output = new MemoryStream();
        await DocxExporter.ExportAsync(space, selection, ThemeLoader.Load(TestPaths.SampleTheme), output, new DocxExportOptions { Date = new DateOnly(2026, 11, 27) }, TestContext.Current.CancellationToken);
        output.Position = 0;
        return WordprocessingDocument.Open(output, false);
    }

    private static List<DW.Inline> Drawings(WordprocessingDocument package) =>
        [.. package.MainDocumentPart!.Document!.Body!.Descendants<DW.Inline>()];

    private static byte[] ImageBytes(WordprocessingDocument package, DW.Inline drawing)
    {
        var id = drawing.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single().Embed!.Value!;
        using var stream = package.MainDocumentPart!.GetPartById(id).GetStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static long TextWidthEmu(WordprocessingDocument package)
    {
        var section = package.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>().Last();
        var size = section.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.PageSize>()!;
        var margin = section.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.PageMargin>()!;
        return ((long)size.Width!.Value - margin.Left!.Value - margin.Right!.Value) * 635;
    }
}
