using System.Text.RegularExpressions;
using Itou.Export.Markdown.Tags;
using Markdig;
using Markdig.Renderers;

namespace Itou.Export.Markdown.Files;

/// <summary><c>{% file src [caption] %}</c>, inline or block (<c>{% endfile %}</c>) form → <see cref="FileBlock"/>.</summary>
internal sealed partial class FileExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.AddTag("file", TagBody.Optional, (tag, parser, _) =>
            CaptionBlock.WithCaption(new FileBlock(parser) { Source = Unescape(tag.Attribute("src")?.Trim() ?? "") }, tag.Attribute("caption")));

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>GitBook's editor escapes Markdown punctuation inside the src attribute (<c>\_</c>, <c>\(</c>).</summary>
    private static string Unescape(string src) => MarkdownEscape().Replace(src, "$1");

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex MarkdownEscape();
}
