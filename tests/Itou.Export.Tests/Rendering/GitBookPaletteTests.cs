using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Markdown.Marks;
using Itou.Export.Rendering;
using Itou.Export.Tests.Docx;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Rendering;

/// <summary>One palette for GitBook's marks: the same colours in the PDF and the Word document.</summary>
public sealed class GitBookPaletteTests
{
    private static readonly GitBookPalette Palette = new(new ThemeColors { Danger = "#AA0000" });

    [Theory]
    [InlineData("red", null, "#AA0000", null)] // a state name takes the theme's colour
    [InlineData("yellow", null, "#8D6B00", null)] // other names GitBook's own tone
    [InlineData("#0a0", null, "#00AA00", null)] // CSS hex, short or long
    [InlineData(null, "#000000", null, "#D1D1D1")] // a background is a light tint of its colour
    [InlineData(null, "teal", null, GitBookPalette.Highlight)] // an unknown background: the highlight
    [InlineData(null, null, null, GitBookPalette.Highlight)] // a plain mark: the highlight
    [InlineData("inherit", null, null, null)]
    public void Mark_colours_are_decided_once(string? color, string? background, string? text, string? shade) =>
        Assert.Equal((text, shade), Palette.Of(new MarkInline { Color = color, BackgroundColor = background }));

    [Fact]
    public void The_word_writer_uses_the_palette()
    {
        using var document = DocxTestDocument.GitBookBrief("Un <mark style=\"color:yellow;background-color:#000;\">mot marqué</mark>.\n");

        var run = document.Body.Descendants<Run>().Single(r => r.InnerText.Contains("mot marqué", StringComparison.Ordinal));
        Assert.Equal("8D6B00", run.RunProperties?.Color?.Val?.Value);
        Assert.Equal("D1D1D1", run.RunProperties?.Shading?.Fill?.Value);
    }
}
