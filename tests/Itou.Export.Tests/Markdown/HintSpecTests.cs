using Itou.Export.Markdown.Hints;
using Itou.Export.Publishing;
using Markdig.Syntax;

namespace Itou.Export.Tests.Markdown;

public sealed class HintSpecTests
{
    [Theory]
    [InlineData("info", HintStyle.Info)]
    [InlineData("success", HintStyle.Success)]
    [InlineData("warning", HintStyle.Warning)]
    [InlineData("danger", HintStyle.Danger)]
    [InlineData("tip", HintStyle.Success)]
    [InlineData("working", HintStyle.Info)]
    public void Style_is_read_including_legacy_styles(string style, HintStyle expected)
    {
        var parsed = new Parsed($"{{% hint style=\"{style}\" %}}\nBody **text**.\n{{% endhint %}}\n");
        var hint = parsed.Single<HintBlock>();
        Assert.Equal(expected, hint.Style);
        Assert.Equal("Body text.", Parsed.Text(Assert.IsType<ParagraphBlock>(Assert.Single(hint))));
        Assert.Empty(parsed.Codes);
    }

    [Fact]
    public void Icon_is_kept()
    {
        var hint = new Parsed("{% hint style=\"info\" icon=\"rocket\" %}\nx\n{% endhint %}").Single<HintBlock>();
        Assert.Equal("rocket", hint.Icon);
    }

    [Fact]
    public void Body_may_hold_a_heading_a_list_and_an_image()
    {
        var hint = new Parsed("{% hint style=\"warning\" %}\n#### **👉** Title\n\n* one\n* two\n\n![](a.png)\n{% endhint %}\nAfter").Single<HintBlock>();
        Assert.IsType<HeadingBlock>(hint[0]);
        Assert.IsType<ListBlock>(hint[1]);
        Assert.IsType<ParagraphBlock>(hint[2]);
        Assert.Equal(3, hint.Count);
    }

    [Fact]
    public void Empty_body_gives_an_empty_hint()
    {
        var parsed = new Parsed("{% hint style=\"warning\" %}\n\n{% endhint %}\n\n## Next");
        Assert.Empty(parsed.Single<HintBlock>());
        Assert.IsType<HeadingBlock>(parsed.Document[1]);
    }

    [Fact]
    public void Hint_directly_after_a_paragraph_and_closing_after_text_on_the_same_line()
    {
        var parsed = new Parsed("Before\n{% hint style=\"info\" %}\nInside{% endhint %}\nAfter");
        var hint = parsed.Single<HintBlock>();
        Assert.Equal("Inside", Parsed.Text(hint));
        Assert.Equal("Before", Parsed.Text(parsed.Document[0]));
        Assert.Equal("After", Parsed.Text(parsed.Document[2]));
    }

    [Fact]
    public void Nested_hints_close_in_order()
    {
        var parsed = new Parsed("{% hint style=\"info\" %}\nA\n{% hint style=\"danger\" %}\nB\n{% endhint %}\nC\n{% endhint %}");
        var outer = Assert.IsType<HintBlock>(Assert.Single(parsed.Document));
        Assert.Equal(3, outer.Count);
        Assert.Equal(HintStyle.Danger, Assert.IsType<HintBlock>(outer[1]).Style);
    }

    [Fact]
    public void Unterminated_hint_keeps_its_content_and_is_reported()
    {
        var parsed = new Parsed("{% hint style=\"info\" %}\nStill here\n\nAnd here");
        Assert.Equal(2, parsed.Single<HintBlock>().Count);
        var diagnostic = Assert.Single(parsed.Diagnostics.Items);
        Assert.Equal(DiagnosticCodes.MarkdownUnterminatedTag, diagnostic.Code);
        Assert.Equal(1, diagnostic.Line);
    }

    [Fact]
    public void Mismatched_end_tag_is_reported_and_dropped()
    {
        var parsed = new Parsed("{% hint style=\"info\" %}\nText\n{% endtabs %}\n{% endhint %}");
        Assert.Equal("Text", Parsed.Text(parsed.Single<HintBlock>()));
        Assert.Equal([DiagnosticCodes.MarkdownMismatchedTag], parsed.Codes);
        Assert.DoesNotContain(parsed.Texts, t => t.Contains("{%", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_style_falls_back_to_info_with_a_diagnostic()
    {
        var parsed = new Parsed("{% hint style=\"purple\" %}\nx\n{% endhint %}");
        Assert.Equal(HintStyle.Info, parsed.Single<HintBlock>().Style);
        Assert.Equal([DiagnosticCodes.MarkdownBadAttribute], parsed.Codes);
    }
}
