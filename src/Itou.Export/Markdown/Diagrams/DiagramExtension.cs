using Itou.Export.Markdown.Tags;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Diagrams;

/// <summary><c>{% @mermaid/diagram content %}</c> → <see cref="DiagramBlock"/>; a <c>```mermaid</c> fence is turned into one after parsing.</summary>
internal sealed class DiagramExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.AddTag("@mermaid/diagram", TagBody.Optional, (tag, parser, _) => new DiagramBlock(parser) { Language = "mermaid", Source = (tag.Attribute("content") ?? "").Trim() });

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>Replaces every <c>```mermaid</c> fence by a <see cref="DiagramBlock"/>.</summary>
    public static void ConvertMermaidFences(MarkdownDocument document)
    {
        foreach (var fence in document.Descendants<FencedCodeBlock>().Where(f => string.Equals(f.Info, "mermaid", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            var parent = fence.Parent!;
            // Inside {% code %} the fence is the code itself: a diagram there stays code, as the author framed it.
            if (parent is Code.GitBookCodeBlock) continue;
            parent[parent.IndexOf(fence)] = new DiagramBlock(null) { Source = fence.Lines.ToString(), Line = fence.Line, Column = fence.Column, Span = fence.Span };
        }
    }
}
