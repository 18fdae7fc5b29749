using Itou.Export.Markdown.Tags;
using Markdig;
using Markdig.Renderers;

namespace Itou.Export.Markdown.ContentRefs;

/// <summary><c>{% content-ref url %}</c> and legacy <c>{% page-ref page %}</c> → <see cref="ContentRefBlock"/>.</summary>
internal sealed class ContentRefExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.AddTag("content-ref", TagBody.Optional, (tag, parser, _) => new ContentRefBlock(parser) { Url = tag.Attribute("url")?.Trim() ?? "" });
        pipeline.AddTag("page-ref", TagBody.Optional, (tag, parser, _) => new ContentRefBlock(parser) { Url = tag.Attribute("page")?.Trim() ?? "", IsLegacyPageRef = true });
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
