using Itou.Export.Pdf.Layout;
using UglyToad.PdfPig;

namespace Itou.Export.Tests.Pdf.Layout;

/// <summary>
/// No widow block: a page that would leave the short end of a flow (before a sheet break or the end)
/// alone on the next page takes it, its gaps between blocks squeezed; a long end is not squeezed in.
/// </summary>
public sealed class WidowBlockTests
{
    private const float Gap = 8;

    private static Column Lines(int count, bool thenBreak)
    {
        var column = new Column(Gap);
        for (var i = 1; i <= count; i++)
            column.Add(new TextBlock($"ligne{i}", SampleDocuments.Body));
        if (thenBreak)
            column.Add(new PageBreak()).Add(new TextBlock("suite", SampleDocuments.Body));
        return column;
    }

    private static PdfDocument Write(Element content, float squeezedGapScale) =>
        PdfDocument.Open(SampleDocuments.Write(content, SampleDocuments.Describe() with { SqueezedGapScale = squeezedGapScale }));

    private static int PageOf(PdfDocument pdf, string word) => pdf.GetPages().First(page => page.GetWords().Any(w => w.Text == word)).Number;

    /// <summary>How many lines a page holds with its gaps whole: the engine's own answer, not a number guessed here.</summary>
    private static int LinesPerPage()
    {
        using var pdf = Write(Lines(200, thenBreak: false), squeezedGapScale: 1);
        return pdf.GetPage(1).GetWords().Count(w => w.Text.StartsWith("ligne", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]  // before a sheet break
    [InlineData(false)] // at the end of the document
    public void A_lone_last_line_goes_back_onto_the_previous_page(bool thenBreak)
    {
        var perPage = LinesPerPage();
        var last = $"ligne{perPage + 1}";

        using var whole = Write(Lines(perPage + 1, thenBreak), squeezedGapScale: 1);
        using var squeezed = Write(Lines(perPage + 1, thenBreak), squeezedGapScale: 0.5f);

        Assert.Equal(2, PageOf(whole, last)); // the widow block this rule is about
        Assert.Equal(1, PageOf(squeezed, last));
        Assert.Equal(whole.NumberOfPages - 1, squeezed.NumberOfPages);
        var footer = squeezed.GetPage(1).GetWords().Where(w => w.Text == "Page").Min(w => w.BoundingBox.Top);
        Assert.True(squeezed.GetPage(1).GetWords().Single(w => w.Text == last).BoundingBox.Bottom > footer, "the squeezed page runs into its footer");
    }

    [Fact]
    public void A_long_end_of_a_flow_is_not_squeezed_in()
    {
        var perPage = LinesPerPage();

        using var pdf = Write(Lines(perPage + perPage / 2, thenBreak: true), squeezedGapScale: 0.5f);

        Assert.Equal(2, PageOf(pdf, $"ligne{perPage + 1}"));
        Assert.Equal(3, PageOf(pdf, "suite"));
    }
}
