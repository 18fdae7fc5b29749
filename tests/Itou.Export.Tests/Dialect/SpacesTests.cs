using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Dialect;

/// <summary>Double spaces of the source are one space on paper, as HTML shows them (issue 14 §9).</summary>
public sealed class SpacesTests
{
    [Fact]
    public async Task A_run_of_spaces_is_printed_as_one_space_in_both_writers()
    {
        using var temp = new TempSpace().Write("README.md", "# Spaces\n\nalpha  beta gamma\n");
        using var both = await BothWriters.ExportAsync(temp);
        using (var pdf = both.OpenPdf())
        {
            var words = pdf.GetPages().SelectMany(page => page.GetWords()).ToList();
            var (alpha, beta, gamma) = (words.Single(w => w.Text == "alpha"), words.Single(w => w.Text == "beta"), words.Single(w => w.Text == "gamma"));
            var doubled = beta.BoundingBox.Left - alpha.BoundingBox.Right;
            var single = gamma.BoundingBox.Left - beta.BoundingBox.Right;
            Assert.True(Math.Abs(doubled - single) < 0.5, $"gap after 'alpha' {doubled:F2} pt, after 'beta' {single:F2} pt");
        }
        Assert.Contains("alpha beta gamma", both.DocxText, StringComparison.Ordinal);
    }
}
