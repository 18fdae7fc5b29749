using Itou.Export.Markdown.Tags;
using Markdig;
using Markdig.Renderers;

namespace Itou.Export.Markdown.Prompts;

/// <summary><c>{% prompt description icon %}</c> … <c>{% endprompt %}</c> → <see cref="PromptBlock"/>.</summary>
internal sealed class PromptExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.AddTag("prompt", TagBody.Required, (tag, parser, _) => new PromptBlock(parser) { Description = tag.NonEmpty("description"), Icon = tag.NonEmpty("icon") });

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
