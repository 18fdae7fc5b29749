using Itou.Export.Markdown.Tags;
using Itou.Export.Publishing;

namespace Itou.Export.Tests.Markdown;

public sealed class UnknownTagSpecTests
{
    [Fact]
    public void Unknown_block_tag_keeps_name_attributes_and_body()
    {
        var parsed = new Parsed("{% swirl speed=\"fast\" %}\nInside **bold**\n{% endswirl %}");
        var tag = parsed.Single<GitBookTagBlock>();
        Assert.Equal("swirl", tag.Name);
        Assert.Equal("fast", tag.Attributes["speed"]);
        Assert.Equal("Inside bold", Parsed.Text(tag));
        Assert.Equal([DiagnosticCodes.MarkdownUnknownTag], parsed.Codes);
    }

    [Fact]
    public void Unknown_tag_without_end_is_self_closing()
    {
        var parsed = new Parsed("Text {% sparkle %} more");
        Assert.Empty(parsed.Single<GitBookTagBlock>());
        Assert.Equal(["Text", "more"], parsed.Texts);
    }

    [Theory]
    [InlineData("Broken {% hint style=\"info\"\n\nText")]
    [InlineData("{% endhint %}")]
    [InlineData("{%%}")]
    [InlineData("a {% b\n{% c %}")]
    public void No_raw_tag_text_reaches_a_text_node(string markdown)
    {
        var parsed = new Parsed(markdown);
        Assert.DoesNotContain(parsed.Texts, t => t.Contains("{%", StringComparison.Ordinal) || t.Contains("%}", StringComparison.Ordinal));
        Assert.NotEmpty(parsed.Codes);
    }
}
