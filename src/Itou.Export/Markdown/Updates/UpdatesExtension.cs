using Itou.Export.Markdown.Tags;
using Markdig;
using Markdig.Renderers;

namespace Itou.Export.Markdown.Updates;

/// <summary><c>{% updates %}</c>/<c>{% update date tags %}</c> → <see cref="UpdatesBlock"/>/<see cref="UpdateBlock"/>.</summary>
internal sealed class UpdatesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.AddTag("updates", TagBody.Required, (tag, parser, _) => new UpdatesBlock(parser) { Format = tag.NonEmpty("format") });
        pipeline.AddTag("update", TagBody.Required, (tag, parser, _) => new UpdateBlock(parser)
        {
            Date = tag.NonEmpty("date"),
            Tags = (tag.Attribute("tags") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        });
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
