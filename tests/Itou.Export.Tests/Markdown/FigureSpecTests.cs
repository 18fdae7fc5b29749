using Itou.Export.Markdown.Figures;
using Markdig.Syntax;

namespace Itou.Export.Tests.Markdown;

public sealed class FigureSpecTests
{
    [Fact]
    public void Figure_with_width_and_caption()
    {
        var figure = new Parsed("<figure><img src=\"../.gitbook/assets/image (1).png\" alt=\"Dashboard\" width=\"375\"><figcaption><p>The <strong>dashboard</strong></p></figcaption></figure>").Single<FigureBlock>();
        Assert.Equal("../.gitbook/assets/image (1).png", figure.Source);
        Assert.Equal("Dashboard", figure.Alt);
        Assert.Equal(375, figure.WidthPixels);
        Assert.Null(figure.WidthPercent);
        Assert.Equal("The dashboard", Parsed.Text(figure.Inline!));
    }

    [Theory]
    [InlineData("left", FigureAlign.Left)]
    [InlineData("center", FigureAlign.Center)]
    [InlineData("right", FigureAlign.Right)]
    public void Div_align_around_a_figure(string align, FigureAlign expected)
    {
        var figure = new Parsed($"<div align=\"{align}\"><figure><img src=\"a.png\" alt=\"\" width=\"50%\"><figcaption></figcaption></figure></div>").Single<FigureBlock>();
        Assert.Equal(expected, figure.Align);
        Assert.Equal(50, figure.WidthPercent);
        Assert.Null(figure.Inline);
    }

    [Fact]
    public void Div_align_around_a_markdown_image()
    {
        var parsed = new Parsed("<div align=\"center\">\n\n![Logo](logo.png)\n\n</div>\n\nText");
        var figure = parsed.Single<FigureBlock>();
        Assert.Equal(("logo.png", "Logo", FigureAlign.Center), (figure.Source, figure.Alt, figure.Align));
        Assert.Empty(parsed.All<HtmlBlock>());
    }

    [Fact]
    public void Picture_keeps_the_light_image_and_notes_the_dark_one()
    {
        var figure = new Parsed("<picture><source srcset=\"dark.png\" media=\"(prefers-color-scheme: dark)\"><img src=\"light.png\" alt=\"Logo\"></picture>").Single<FigureBlock>();
        Assert.Equal(("light.png", "dark.png"), (figure.Source, figure.DarkSource));
    }

    [Fact]
    public void Line_sized_img_in_text_is_an_inline_image()
    {
        var parsed = new Parsed("Click <img src=\"../.gitbook/assets/edit.svg\" alt=\"\" data-size=\"line\"> to edit");
        var image = parsed.Single<HtmlImageInline>();
        Assert.True(image.IsImage);
        Assert.True(image.LineSized);
        Assert.Equal("../.gitbook/assets/edit.svg", image.Url);
        Assert.Equal("Click  to edit", Parsed.Text(parsed.Document));
    }
}
