using Itou.Export.Markdown.Details;
using Markdig.Syntax;

namespace Itou.Export.Tests.Markdown;

public sealed class DetailsSpecTests
{
    [Fact]
    public void Details_spread_over_markdown_blocks()
    {
        var parsed = new Parsed("<details>\n\n<summary>How do I <strong>apply</strong>?</summary>\n\nFill the **form**.\n\n* one\n\n</details>\n\nAfter");
        var details = parsed.Single<DetailsBlock>();
        Assert.False(details.Open);
        Assert.Equal("How do I apply?", Parsed.Text(details.Summary!));
        Assert.IsType<ParagraphBlock>(details[1]);
        Assert.IsType<ListBlock>(details[2]);
        Assert.Equal("After", Parsed.Text(parsed.Document.Last()));
        Assert.Empty(parsed.All<HtmlBlock>());
    }

    [Fact]
    public void Details_in_one_html_block_open()
    {
        var details = new Parsed("<details open><summary>Title</summary><p>Body text</p></details>").Single<DetailsBlock>();
        Assert.True(details.Open);
        Assert.Equal("Title", Parsed.Text(details.Summary!));
        Assert.Equal("Body text", Parsed.Text(details[1]));
    }

    [Fact]
    public void Unclosed_details_keeps_the_rest()
    {
        var details = new Parsed("<details>\n<summary>S</summary>\n\nBody").Single<DetailsBlock>();
        Assert.Equal("Body", Parsed.Text(details[1]));
    }

    [Theory]
    [InlineData("<details>\n\n<summary>01_url * (API address)</summary>\n\nBody text.\n\n`x`\n\n</details>\n\n<details>\n\n<summary>02_user</summary>\n\nLogin.\n\n</details>")]
    [InlineData("* item\n\n  <details>\n\n  <summary>01_url * (API address)</summary>\n\n  Body text.\n\n  </details>")]
    [InlineData("{% hint style=\"info\" %}\n<details>\n\n<summary>01_url * (API address)</summary>\n\nBody text.\n\n</details>\n{% endhint %}")]
    public void The_summary_is_printed_once(string markdown)
    {
        var parsed = new Parsed(markdown);
        Assert.Single(parsed.Texts, t => t.Contains("01_url", StringComparison.Ordinal));
        Assert.Single(parsed.Texts, t => t.Contains("Body text.", StringComparison.Ordinal));
    }
}
