using Itou.Export.Markdown.Tags;
using Markdig;
using Markdig.Renderers;

namespace Itou.Export.Markdown.Embeds;

/// <summary><c>{% embed url [caption] %}</c> (optionally with a caption body and <c>{% endembed %}</c>) → <see cref="EmbedBlock"/>.</summary>
internal sealed class EmbedExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.AddTag("embed", TagBody.Optional, (tag, parser, _) =>
            CaptionBlock.WithCaption(new EmbedBlock(parser) { Url = tag.Attribute("url")?.Trim() ?? "" }, tag.Attribute("caption")));

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
