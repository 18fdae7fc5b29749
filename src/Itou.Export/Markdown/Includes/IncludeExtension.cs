using Itou.Export.Markdown.Tags;
using Markdig;
using Markdig.Renderers;

namespace Itou.Export.Markdown.Includes;

/// <summary><c>{% include "path" %}</c> → <see cref="IncludeBlock"/> (filled by <see cref="IncludeExpander"/> after parsing).</summary>
internal sealed class IncludeExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.AddTag("include", TagBody.None, (tag, parser, _) =>
            new IncludeBlock(parser) { Reference = (tag.Attribute("0") ?? tag.Attribute("src") ?? "").Trim() });

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
