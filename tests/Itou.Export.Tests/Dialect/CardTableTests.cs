using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Rendering;
using Itou.Export.Tests.Robustness;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Dialect;

/// <summary><c>&lt;table data-view="cards"&gt;</c> drawn as GitBook's cards, in both writers (issue 14 §5).</summary>
public sealed class CardTableTests
{
    private const string Cards = """
        # Workshops

        <table data-view="cards"><thead><tr><th></th><th></th><th data-hidden data-card-target data-type="content-ref"></th><th data-hidden data-card-cover data-type="files"></th></tr></thead><tbody><tr><td><strong>Bicycles</strong></td><td>Brakes and gears.</td><td><a href="bikes.md">bikes.md</a></td><td><a href=".gitbook/assets/bike.png">bike.png</a></td></tr><tr><td><strong>Toasters</strong></td><td>Find the fault first.</td><td><a href="https://example.org/toasters">toasters</a></td><td><a href=".gitbook/assets/bike.png">bike.png</a></td></tr><tr><td><strong>Lamps</strong></td><td>Wires and bulbs.</td><td><a href="bikes.md">bikes.md</a></td><td></td></tr></tbody></table>
        """;

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(4, 2)]
    [InlineData(5, 3)]
    [InlineData(7, 3)]
    public void Cards_go_two_or_three_to_a_row(int cards, int perRow) => Assert.Equal(perRow, CardGrid.PerRow(cards));

    [Fact]
    public async Task Cards_sit_side_by_side_with_cover_title_text_and_link()
    {
        using var temp = new TempSpace()
            .Write("SUMMARY.md", "# Table of contents\n\n* [Workshops](README.md)\n* [Bicycle repairs](bikes.md)\n")
            .Write("README.md", Cards)
            .Write("bikes.md", "# Bicycle repairs\n\nEvery Tuesday.\n")
            .WriteBytes(".gitbook/assets/bike.png", HostileFiles.TinyPng);
        using var both = await BothWriters.ExportAsync(temp);

        using (var pdf = both.OpenPdf())
        {
            var page = pdf.GetPages().First(p => p.GetWords().Any(w => w.Text == "Toasters"));
            var titles = new[] { "Bicycles", "Toasters", "Lamps" }.Select(text => page.GetWords().Single(w => w.Text == text)).ToList();
            // One row of cards: the titles side by side (the card without a cover has its title a little higher).
            Assert.Equal(titles[0].BoundingBox.Bottom, titles[1].BoundingBox.Bottom, 1);
            Assert.InRange(titles[2].BoundingBox.Bottom - titles[0].BoundingBox.Bottom, 0, 20);
            Assert.True(titles[0].BoundingBox.Left < titles[1].BoundingBox.Left && titles[1].BoundingBox.Left < titles[2].BoundingBox.Left);
            Assert.Equal(2, page.GetImages().Count());
            Assert.Contains(page.GetHyperlinks(), link => link.Uri == "https://example.org/toasters");
            Assert.Contains(page.GetWords(), w => w.Text == "Brakes");
        }
        var table = both.Package.MainDocumentPart!.Document!.Body!.Descendants<Table>().Single(t => t.InnerText.Contains("Toasters", StringComparison.Ordinal));
        var row = Assert.Single(table.Elements<TableRow>());
        Assert.Equal(3, row.Elements<TableCell>().Count());
        Assert.Equal(2, row.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Count());
        // A cover is described by its card's title, for screen readers.
        Assert.Contains(row.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>(), d => d.Description?.Value == "Bicycles");
        Assert.Contains("→ Bicycle repairs", row.InnerText, StringComparison.Ordinal);
        Assert.Contains(row.Descendants<Hyperlink>(), link => link.Anchor is not null);
        foreach (var result in new[] { both.Pdf, both.Word })
            Assert.Equal(0, result.Content.Missing);
    }
}
