using Itou.Export.Markdown.Alignment;
using Itou.Export.Markdown.Figures;
using Markdig.Syntax;

namespace Itou.Export.Tests.Markdown;

/// <summary><c>&lt;div align&gt;</c> around text is an <see cref="AlignedBlock"/> (issue 14 §9); around a picture only, the figure's alignment.</summary>
public sealed class AlignmentSpecTests
{
    [Theory]
    [InlineData("<div align=\"center\">\n\nSome **centred** text\n\n</div>\n\nAfter", FigureAlign.Center, "Some centred text")]
    [InlineData("<div align=\"right\"><p>Signed, the team</p></div>\n\nAfter", FigureAlign.Right, "Signed, the team")]
    [InlineData("<p align=\"center\">One line</p>\n\nAfter", FigureAlign.Center, "One line")]
    public void Text_in_an_aligned_div_is_an_aligned_block(string markdown, FigureAlign align, string text)
    {
        var parsed = new Parsed(markdown);
        var aligned = parsed.Single<AlignedBlock>();
        Assert.Equal(align, aligned.Align);
        Assert.Equal(text, Parsed.Text(Assert.Single(aligned)).Trim());
        Assert.Equal("After", Parsed.Text(parsed.Document[^1]));
        Assert.Empty(parsed.All<HtmlBlock>());
    }

    [Theory]
    [InlineData("<div align=\"center\">\n\n![A bike](bike.png)\n\n</div>")]
    [InlineData("<div align=\"left\">\n\nPlain text\n\n</div>")]
    public void A_picture_alone_or_left_alignment_makes_no_aligned_block(string markdown)
    {
        var parsed = new Parsed(markdown);
        Assert.Empty(parsed.All<AlignedBlock>());
        Assert.Empty(parsed.All<HtmlBlock>());
        Assert.All(parsed.All<FigureBlock>(), figure => Assert.Equal(FigureAlign.Center, figure.Align));
    }
}
