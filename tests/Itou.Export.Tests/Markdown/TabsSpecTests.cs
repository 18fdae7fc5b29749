using Itou.Export.Markdown.Tabs;
using Markdig.Syntax;

namespace Itou.Export.Tests.Markdown;

public sealed class TabsSpecTests
{
    [Fact]
    public void Tabs_hold_titled_tabs_in_order()
    {
        var parsed = new Parsed("{% tabs %}\n{% tab title=\"Windows\" icon=\"windows\" %}\nRun **setup**.\n{% endtab %}\n\n{% tab title=\"Linux\" %}\n* apt\n{% endtab %}\n{% endtabs %}");
        var tabs = parsed.Single<TabsBlock>();
        Assert.False(tabs.IsCodeTabs);
        Assert.Collection(tabs.Cast<TabBlock>(),
            windows => { Assert.Equal("Windows", windows.Title); Assert.Equal("windows", windows.Icon); Assert.Equal("Run setup.", Parsed.Text(windows)); },
            linux => { Assert.Equal("Linux", linux.Title); Assert.IsType<ListBlock>(Assert.Single(linux)); });
        Assert.Empty(parsed.Codes);
    }

    [Fact]
    public void Legacy_code_tabs_become_tabs_of_code()
    {
        var parsed = new Parsed("{% code-tabs %}\n{% code-tabs-item title=\"app.js\" %}\n```js\nlet a = 1;\n```\n{% endcode-tabs-item %}\n{% endcode-tabs %}");
        var tabs = parsed.Single<TabsBlock>();
        Assert.True(tabs.IsCodeTabs);
        var tab = Assert.IsType<TabBlock>(Assert.Single(tabs));
        Assert.Equal("app.js", tab.Title);
        var code = Assert.IsType<FencedCodeBlock>(Assert.Single(tab));
        Assert.Equal("js", code.Info);
        Assert.Equal("let a = 1;", code.Lines.ToString());
    }

    [Fact]
    public void Tab_missing_its_end_is_closed_by_the_tabs_end()
    {
        var parsed = new Parsed("{% tabs %}\n{% tab title=\"A\" %}\nOne\n{% endtabs %}\nAfter");
        Assert.Equal("One", Parsed.Text(Assert.IsType<TabBlock>(Assert.Single(parsed.Single<TabsBlock>()))));
        Assert.Equal("After", Parsed.Text(parsed.Document.Last()));
        Assert.Contains(Itou.Export.Publishing.DiagnosticCodes.MarkdownUnterminatedTag, parsed.Codes);
    }
}
