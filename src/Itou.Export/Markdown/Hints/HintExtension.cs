using Itou.Export.Markdown.Tags;
using Itou.Export.Publishing;
using Markdig;
using Markdig.Renderers;

namespace Itou.Export.Markdown.Hints;

/// <summary><c>{% hint %}</c> → <see cref="HintBlock"/>.</summary>
internal sealed class HintExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.AddTag("hint", TagBody.Required, (tag, parser, page) => new HintBlock(parser)
        {
            Style = ReadStyle(tag, page),
            Icon = tag.NonEmpty("icon"),
        });

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>Legacy <c>tip</c> was GitBook's green hint (now <c>success</c>); <c>working</c> was the blue "in progress" one (now <c>info</c>).</summary>
    private static HintStyle ReadStyle(GitBookTag tag, PageState page)
    {
        switch (tag.Attribute("style")?.Trim().ToLowerInvariant())
        {
            case "info" or "working": return HintStyle.Info;
            case "success" or "tip": return HintStyle.Success;
            case "warning": return HintStyle.Warning;
            case "danger": return HintStyle.Danger;
            case var other:
                page.Context.Report(DiagnosticCodes.MarkdownBadAttribute, tag.Line, $"Hint style '{other}' is not one of info, success, warning, danger: shown as info.");
                return HintStyle.Info;
        }
    }
}
