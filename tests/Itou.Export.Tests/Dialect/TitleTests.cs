using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Rendering;
using Itou.Export.Tests.Cli;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Dialect;

/// <summary>The book's title: the theme's <c>title</c> (CLI <c>--title</c>), and no leading emoji in the running header (issue 14 §9).</summary>
public sealed class TitleTests
{
    [Theory]
    [InlineData("ℹ️ Introduction", "Introduction")]
    [InlineData("🚲 Ateliers", "Ateliers")]
    [InlineData("👩🏽‍🔧 Réparer", "Réparer")]
    [InlineData("1️⃣ Premier pas", "Premier pas")]
    [InlineData("🇫🇷 France", "France")]
    [InlineData("Guide 🚲", "Guide 🚲")]
    [InlineData("🚲", "🚲")]
    [InlineData("Ça roule", "Ça roule")]
    public void A_leading_emoji_is_dropped_from_the_running_header(string title, string header) =>
        Assert.Equal(header, RunningHeader.WithoutLeadingEmoji(title));

    private static TempSpace Book() => new TempSpace()
        .Write("SUMMARY.md", "# Table of contents\n\n* [ℹ️ Introduction](README.md)\n* [Second](second.md)\n")
        .Write("README.md", "# ℹ️ Introduction\n\nThe first page of the workshop handbook.\n")
        .Write("second.md", "# Second\n\nThe second page of the workshop handbook.\n");

    [Fact]
    public async Task The_running_header_has_no_leading_emoji_in_both_writers()
    {
        using var temp = Book();
        using var both = await BothWriters.ExportAsync(temp);
        using (var pdf = both.OpenPdf())
        {
            var last = pdf.GetPage(pdf.NumberOfPages);
            var header = string.Join(" ", last.GetWords().Where(word => word.BoundingBox.Bottom > 0.9 * last.Height).Select(word => word.Text));
            Assert.Contains("Introduction", header, StringComparison.Ordinal);
            Assert.DoesNotContain("ℹ", header, StringComparison.Ordinal);
        }
        var headers = both.Package.MainDocumentPart!.HeaderParts.Select(part => part.Header!.InnerText).Where(text => text.Length > 0).ToList();
        Assert.NotEmpty(headers);
        Assert.All(headers, text => Assert.Equal("Introduction", text.Trim()));
    }

    [Fact]
    public async Task The_theme_title_names_the_book_in_both_writers()
    {
        using var temp = Book();
        using var both = await BothWriters.ExportAsync(temp, Theme.Default with { Language = "en-US", Title = "Workshop handbook" });
        using (var pdf = both.OpenPdf())
        {
            Assert.Equal("Workshop handbook", pdf.Information.Title);
            Assert.Contains("Workshop handbook", pdf.GetPage(1).Text, StringComparison.Ordinal);
        }
        Assert.Equal("Workshop handbook", both.Package.PackageProperties.Title);
        Assert.All(both.Package.MainDocumentPart!.HeaderParts.Select(part => part.Header!.InnerText).Where(text => text.Length > 0),
            text => Assert.Equal("Workshop handbook", text.Trim()));
    }

    [Fact]
    public void The_theme_file_reads_a_title()
    {
        using var temp = new TempSpace().Write("theme.json", "{ \"title\": \"Workshop handbook\" }");
        Assert.Equal("Workshop handbook", ThemeLoader.Load(Path.Combine(temp.Folder, "theme.json")).Title);
    }

    [Fact]
    public async Task The_command_line_title_names_the_document()
    {
        using var temp = Book();
        var output = Path.Combine(temp.Parent, "titled.pdf");
        var run = await CliProcess.RunAsync(temp.Parent, "pdf", temp.Folder, "--title", "Workshop handbook", "-o", output);
        run.AssertExit(0);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(output);
        Assert.Equal("Workshop handbook", pdf.Information.Title);
    }
}
