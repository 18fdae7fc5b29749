using Itou.Export.Markdown.Marks;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Tests.Markdown;

public sealed class MarkSpecTests
{
    [Fact]
    public void Mark_with_text_colour()
    {
        var mark = new Parsed("Say <mark style=\"color:orange;\">hello</mark> now").Single<MarkInline>();
        Assert.Equal("orange", mark.Color);
        Assert.Null(mark.BackgroundColor);
        Assert.Equal("hello", Parsed.Text(mark));
    }

    [Fact]
    public void Nested_marks_with_background_and_bold()
    {
        var parsed = new Parsed("It shows **<mark style=\"background-color:blue;\"><mark style=\"color:blue;\">**\"Vous possédez\"**</mark></mark>**");
        var marks = parsed.All<MarkInline>();
        Assert.Equal(2, marks.Count);
        Assert.Equal("blue", marks[0].BackgroundColor);
        Assert.Equal("blue", marks[1].Color);
        Assert.Same(marks[0], marks[1].Parent);
        Assert.Contains(parsed.All<EmphasisInline>(), e => Parsed.Text(e) == "\"Vous possédez\"");
        Assert.Empty(parsed.All<HtmlInline>());
    }

    [Fact]
    public void Mark_inside_a_pipe_table_cell()
    {
        var mark = new Parsed("| A | B |\n|---|---|\n| <mark style=\"color:green;\">**CDI**</mark> | x |").Single<MarkInline>();
        Assert.Equal("green", mark.Color);
        Assert.Equal("CDI", Parsed.Text(mark));
    }
}
