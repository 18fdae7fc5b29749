using Itou.Export.Markdown.Tags;
using Markdig;
using Markdig.Renderers;

namespace Itou.Export.Markdown.Tabs;

/// <summary><c>{% tabs %}</c>/<c>{% tab %}</c> and legacy <c>{% code-tabs %}</c>/<c>{% code-tabs-item %}</c> → <see cref="TabsBlock"/>/<see cref="TabBlock"/>.</summary>
internal sealed class TabsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.AddTag("tabs", TagBody.Required, (_, parser, _) => new TabsBlock(parser));
        pipeline.AddTag("code-tabs", TagBody.Required, (_, parser, _) => new TabsBlock(parser) { IsCodeTabs = true });
        pipeline.AddTag("tab", TagBody.Required, CreateTab);
        pipeline.AddTag("code-tabs-item", TagBody.Required, CreateTab);
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static TabBlock CreateTab(GitBookTag tag, Markdig.Parsers.BlockParser parser, PageState page) =>
        new(parser) { Title = tag.Attribute("title")?.Trim() ?? "", Icon = tag.NonEmpty("icon") };
}
