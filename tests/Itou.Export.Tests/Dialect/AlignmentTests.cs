using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Dialect;

/// <summary><c>&lt;div align="center"&gt;</c> centres its text in both writers (issue 14 §9), read back.</summary>
public sealed class AlignmentTests
{
    [Fact]
    public async Task A_centred_div_centres_its_paragraph_in_both_writers()
    {
        using var temp = new TempSpace().Write("README.md",
            "# Guide\n\nA plain paragraph that starts at the margin.\n\n<div align=\"center\">\n\nCentred motto here\n\n</div>\n\n<div align=\"right\"><p>Signed</p></div>\n");
        using var both = await BothWriters.ExportAsync(temp);
        using (var pdf = both.OpenPdf())
        {
            var page = pdf.GetPages().Single(p => p.Text.Contains("motto", StringComparison.Ordinal));
            var words = page.GetWords().ToList();
            // The default theme's margins are equal: the body's middle is the page's.
            var right = page.Width - words.First(w => w.Text == "A").BoundingBox.Left;
            var (first, last) = (words.Single(w => w.Text == "Centred"), words.Single(w => w.Text == "here"));
            Assert.InRange((first.BoundingBox.Left + last.BoundingBox.Right) / 2, page.Width / 2 - 3, page.Width / 2 + 3);
            Assert.InRange(words.Single(w => w.Text == "Signed").BoundingBox.Right, right - 3, right + 1);
        }
        var paragraphs = both.Package.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().ToList();
        Assert.Equal(JustificationValues.Center, paragraphs.Single(p => p.InnerText == "Centred motto here").ParagraphProperties?.Justification?.Val?.Value);
        Assert.Equal(JustificationValues.Right, paragraphs.Single(p => p.InnerText == "Signed").ParagraphProperties?.Justification?.Val?.Value);
        Assert.Null(paragraphs.Single(p => p.InnerText.StartsWith("A plain", StringComparison.Ordinal)).ParagraphProperties?.Justification);
    }
}
