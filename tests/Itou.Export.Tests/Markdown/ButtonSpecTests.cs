using Itou.Export.Markdown.Buttons;

namespace Itou.Export.Tests.Markdown;

public sealed class ButtonSpecTests
{
    [Theory]
    [InlineData("button primary", true)]
    [InlineData("button secondary", false)]
    public void Button_link_is_typed(string classes, bool primary)
    {
        var button = new Parsed($"<a href=\"https://app.example.com\" class=\"{classes}\" data-icon=\"rocket\">Get started</a>").Single<ButtonInline>();
        Assert.Equal(("https://app.example.com", primary, "rocket"), (button.Url, button.Primary, button.Icon));
        Assert.Equal("Get started", Parsed.Text(button));
    }
}
