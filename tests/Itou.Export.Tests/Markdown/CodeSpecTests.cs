using Itou.Export.Markdown.Code;
using Markdig.Syntax;

namespace Itou.Export.Tests.Markdown;

public sealed class CodeSpecTests
{
    [Fact]
    public void Code_tag_frames_its_fence_with_options()
    {
        var parsed = new Parsed("{% code title=\"index.js\" overflow=\"wrap\" lineNumbers=\"true\" fullWidth=\"true\" expandable=\"true\" %}\n```javascript\nconsole.log(1);\n```\n{% endcode %}");
        var code = parsed.Single<GitBookCodeBlock>();
        Assert.Equal("index.js", code.Title);
        Assert.True(code.Wrap);
        Assert.True(code.LineNumbers);
        Assert.True(code.FullWidth);
        Assert.True(code.Expandable);
        Assert.Equal("javascript", code.Code!.Info);
        Assert.Equal("console.log(1);", code.Code.Lines.ToString());
    }

    [Fact]
    public void Code_tag_without_options_has_defaults()
    {
        var code = new Parsed("{% code %}\n```\nx\n```\n{% endcode %}").Single<GitBookCodeBlock>();
        Assert.Null(code.Title);
        Assert.False(code.Wrap);
        Assert.False(code.LineNumbers);
    }

    [Fact]
    public void Html_pre_form_is_decoded_and_stripped_of_highlights()
    {
        var parsed = new Parsed("<pre class=\"language-js\" data-title=\"app.js\" data-line-numbers data-overflow=\"wrap\"><code class=\"lang-js\"><strong>if (a &#x3C; b) {\n</strong>  go();\n}\n</code></pre>\n\nAfter");
        var code = parsed.Single<GitBookCodeBlock>();
        Assert.Equal("app.js", code.Title);
        Assert.True(code.LineNumbers);
        Assert.True(code.Wrap);
        Assert.Equal("js", code.Code!.Info);
        Assert.Equal("if (a < b) {\n  go();\n}", code.Code.Lines.ToString());
        Assert.Empty(parsed.All<HtmlBlock>());
    }

    [Fact]
    public void Tags_inside_a_fence_stay_code()
    {
        var parsed = new Parsed("```liquid\n{% hint style=\"info\" %}\n```");
        Assert.Equal("{% hint style=\"info\" %}", Assert.IsType<FencedCodeBlock>(Assert.Single(parsed.Document)).Lines.ToString());
        Assert.Empty(parsed.Codes);
    }

    [Theory]
    [InlineData("{% tabs %}\n{% tab title=\"Python\" %}\n```python\ndef f():\n    return 1\n```\n{% endtab %}\n{% endtabs %}")]
    [InlineData("{% hint style=\"info\" %}\n```python\ndef f():\n    return 1\n```\n{% endhint %}")]
    [InlineData("{% code title=\"f.py\" %}\n```python\ndef f():\n    return 1\n```\n{% endcode %}")]
    [InlineData("{% tabs %}\n{% tab title=\"A\" %}\n{% hint style=\"info\" %}\n{% code %}\n```python\ndef f():\n    return 1\n```\n{% endcode %}\n{% endhint %}\n{% endtab %}\n{% endtabs %}")]
    [InlineData("* item\n\n  {% hint style=\"info\" %}\n  ```python\n  def f():\n      return 1\n  ```\n  {% endhint %}")]
    public void Code_inside_tags_keeps_its_indentation(string markdown)
    {
        var code = new Parsed(markdown).Single<FencedCodeBlock>();
        Assert.Equal("def f():\n    return 1", code.Lines.ToString());
    }

    [Fact]
    public void A_nested_list_inside_a_tab_stays_nested()
    {
        var parsed = new Parsed("{% tabs %}\n{% tab title=\"A\" %}\n* outer\n  * inner\n{% endtab %}\n{% endtabs %}");
        Assert.Equal(2, parsed.All<ListBlock>().Count);
    }
}
