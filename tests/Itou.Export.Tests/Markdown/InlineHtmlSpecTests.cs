using Itou.Export.Markdown.Keyboard;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Tests.Markdown;

public sealed class InlineHtmlSpecTests
{
    [Theory]
    [InlineData("<strong>x</strong>", '*', 2)]
    [InlineData("<b>x</b>", '*', 2)]
    [InlineData("<em>x</em>", '*', 1)]
    [InlineData("<i>x</i>", '*', 1)]
    [InlineData("<u>x</u>", '+', 2)]
    [InlineData("<s>x</s>", '~', 2)]
    [InlineData("<sup>x</sup>", '^', 1)]
    [InlineData("<sub>x</sub>", '~', 1)]
    public void Formatting_tags_become_emphasis(string html, char delimiter, int count)
    {
        var parsed = new Parsed($"a {html} b");
        var emphasis = parsed.Single<EmphasisInline>();
        Assert.Equal((delimiter, count), (emphasis.DelimiterChar, emphasis.DelimiterCount));
        Assert.Equal("x", Parsed.Text(emphasis));
        Assert.Empty(parsed.All<HtmlInline>());
    }

    [Fact]
    public void Kbd_code_link_and_break()
    {
        var parsed = new Parsed("Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, run <code>ls -l</code>, see <a href=\"https://www.data.gouv.fr/\">data</a><br>next");
        Assert.Equal(["Ctrl", "C"], parsed.All<KeyboardInline>().Select(Parsed.Text));
        Assert.Equal("ls -l", parsed.Single<CodeInline>().Content);
        var link = parsed.Single<LinkInline>();
        Assert.Equal(("https://www.data.gouv.fr/", "data"), (link.Url, Parsed.Text(link)));
        Assert.True(parsed.Single<LineBreakInline>().IsHard);
    }

    [Fact]
    public void Unknown_and_unbalanced_tags_are_dropped_content_kept()
    {
        var parsed = new Parsed("<span class=\"x\">kept</span> and <strong>open only and </em> stray");
        Assert.Equal("kept and open only and  stray", Parsed.Text(parsed.Document));
        Assert.Empty(parsed.All<HtmlInline>());
    }
}
