using Itou.Export.Docx;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Itou.Export.Tests.Docx.Support;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Docx;

/// <summary>
/// The page numbers pre-filled in the DOCX table of contents (our PDF's pagination) against a real
/// client: LibreOffice converts the sample book to PDF (one conversion: soffice is slow), and each entry
/// is matched to its heading in LibreOffice's outline (<see cref="TocAgreement"/>, which the bench's
/// <c>toc-agreement</c> runs on the corpora). At least 90 % must be within one page (issue 15 §5).
/// </summary>
public class DocxTocLibreOfficeTests
{
    [Fact]
    public async Task Contents_page_numbers_agree_with_libreoffice_within_one_page()
    {
        using var temp = new TempSpace();
        var docxPath = Path.Combine(temp.Parent, "book.docx");
        var space = await SpaceLoader.LoadAsync(TestPaths.SampleSpace, cancellationToken: TestContext.Current.CancellationToken);
        await using (var output = File.Create(docxPath))
            await DocxExporter.ExportAsync(space, ExportSelection.Book, ThemeLoader.Load(TestPaths.SampleTheme), output, cancellationToken: TestContext.Current.CancellationToken);
        var converted = TocAgreement.ConvertWithLibreOffice(docxPath, temp.Parent);
        if (converted is null)
            Assert.Skip("soffice is not installed (apt-get install libreoffice-writer): the contents' numbers are not compared.");

        var result = TocAgreement.Measure(docxPath, converted);
        TestContext.Current.TestOutputHelper?.WriteLine($"DOCX contents of the sample book vs LibreOffice: {result.Summary}");
        Assert.True(result.Entries.Count >= 30, $"only {result.Entries.Count} entries");
        Assert.True(result.Entries.All(entry => entry.Ours is not null), "entries without a number:\n" + string.Join("\n", result.Lines()));
        Assert.True(result.Share >= 0.9, result.Summary + ":\n" + string.Join("\n", result.Lines()));
    }

    [Fact]
    public void Entries_are_matched_in_order_and_a_miss_does_not_shift_the_others()
    {
        var headings = new TocAgreement.Heading[] { new("A", 3, 100), new("B", 4, 57), new("X", 5, 57), new("B", 7, 300), new("C", 8, 57) };
        var result = TocAgreement.Compare([("A", 3), ("B", 6), ("Z", 6), ("C", 9), ("D", null)], headings);

        Assert.Equal([3, 4, null, 8, null], result.Entries.Select(entry => entry.Theirs));
        Assert.Equal([true, false, false, true, false], result.Entries.Select(entry => entry.Agrees));
        Assert.Equal("2/5 entries within one page (40 %)", result.Summary);
    }
}
