using Itou.Export.Markdown.Tags;
using Markdig;
using Markdig.Renderers;

namespace Itou.Export.Markdown.Code;

/// <summary><c>{% code title overflow lineNumbers fullWidth expandable %}</c> → <see cref="GitBookCodeBlock"/> (the HTML <c>&lt;pre&gt;</c> form is read by <see cref="HtmlPreReader"/>).</summary>
internal sealed class CodeExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.AddTag("code", TagBody.Required, (tag, parser, _) => new GitBookCodeBlock(parser)
        {
            Title = tag.NonEmpty("title"),
            Wrap = string.Equals(tag.Attribute("overflow"), "wrap", StringComparison.OrdinalIgnoreCase),
            LineNumbers = tag.Flag("lineNumbers"),
            FullWidth = tag.Flag("fullWidth"),
            Expandable = tag.Flag("expandable"),
        });

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
