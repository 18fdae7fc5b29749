using Itou.Export.Markdown.Prompts;
using Markdig.Syntax;

namespace Itou.Export.Tests.Markdown;

public sealed class PromptSpecTests
{
    [Fact]
    public void Prompt_keeps_description_icon_and_its_fence()
    {
        var prompt = new Parsed("{% prompt description=\"Summarise\" icon=\"sparkles\" %}\n```\nSummarise this page\n```\n{% endprompt %}").Single<PromptBlock>();
        Assert.Equal(("Summarise", "sparkles"), (prompt.Description, prompt.Icon));
        Assert.Equal("Summarise this page", Assert.IsType<FencedCodeBlock>(Assert.Single(prompt)).Lines.ToString());
    }
}
