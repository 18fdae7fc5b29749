using Itou.Export.Markdown.Icons;

namespace Itou.Export.Tests.Markdown;

public sealed class IconSpecTests
{
    [Fact]
    public void Font_awesome_icon_with_emoji_fallback()
    {
        var parsed = new Parsed("Code on <i class=\"fa-github\">:github:</i> and <i class=\"fa-solid fa-rocket\">:rocket:</i>");
        var icons = parsed.All<IconInline>();
        Assert.Equal(["github", "rocket"], icons.Select(i => i.Name));
        Assert.Equal("🚀", icons[1].Fallback);
    }
}
