using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Tests.Markdown;

/// <summary>GitBook's escapes and breaks (issue 14 §7).</summary>
public sealed class EscapeSpecTests
{
    [Fact]
    public void A_trailing_backslash_inside_a_paragraph_is_a_line_break()
    {
        var parsed = new Parsed("First line\\\nSecond line");
        Assert.True(parsed.Single<LineBreakInline>().IsHard);
        Assert.Equal(["First line", "Second line"], parsed.Texts);
    }

    [Theory]
    [InlineData("Last line\\\n\nNext")]
    [InlineData("Last line \\\n")]
    [InlineData("| a |\n|---|\n| Last line\\ |\n")]
    [InlineData("# Last line\\\n")]
    public void A_trailing_backslash_at_the_end_of_a_block_is_not_printed(string markdown)
    {
        var parsed = new Parsed(markdown);
        Assert.DoesNotContain(parsed.Texts, t => t.TrimEnd().EndsWith('\\'));
        Assert.Contains(parsed.Texts, t => t.Contains("Last line", StringComparison.Ordinal));
    }

    [Fact]
    public void An_escaped_pipe_in_code_in_a_table_cell_is_the_pipe()
    {
        var parsed = new Parsed("| command | meaning |\n|---|---|\n| `a \\| b` | pipe |\n");
        Assert.Single(parsed.All<Table>());
        Assert.Equal("a | b", parsed.Single<CodeInline>().Content);
    }

    [Fact]
    public void An_escaped_pipe_in_code_outside_a_table_stays_as_written()
    {
        Assert.Equal("a \\| b", new Parsed("`a \\| b`").Single<CodeInline>().Content);
    }

    [Theory]
    [InlineData("**「重要」**です。", "「重要」")]
    [InlineData("这是**“加粗”**的文字", "“加粗”")]
    [InlineData("**注意：**请先登录。", "注意：")]
    [InlineData("이것은**（중요）**입니다", "（중요）")]
    public void Bold_next_to_CJK_punctuation_is_bold_as_GitBook_shows_it(string markdown, string bold)
    {
        var parsed = new Parsed(markdown);
        var emphasis = parsed.Single<EmphasisInline>();
        Assert.Equal(2, emphasis.DelimiterCount);
        Assert.Equal(bold, Parsed.Text(emphasis));
        Assert.DoesNotContain(parsed.Texts, t => t.Contains("**", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Two  spaces and\ta tab", "Two spaces and a tab")]
    [InlineData("**Bold**   then  text", "then text")]
    [InlineData("| a |\n|---|\n| cell  with   runs |\n", "cell with runs")]
    public void Runs_of_spaces_in_prose_are_one_space_as_HTML_shows_them(string markdown, string expected)
    {
        var parsed = new Parsed(markdown);
        Assert.Contains(parsed.Texts, text => text.Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(parsed.Texts, text => text.Contains("  ", StringComparison.Ordinal));
    }

    [Fact]
    public void Code_keeps_its_runs_of_spaces()
    {
        var parsed = new Parsed("`a  b`\n\n```\nx  =  1\n```\n");
        Assert.Equal("a  b", parsed.Single<CodeInline>().Content);
        Assert.Contains("x  =  1", parsed.Single<FencedCodeBlock>().Lines.ToString(), StringComparison.Ordinal);
    }
}
