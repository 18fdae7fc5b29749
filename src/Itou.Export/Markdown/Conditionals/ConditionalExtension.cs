using Itou.Export.Markdown.Tags;
using Markdig;
using Markdig.Renderers;

namespace Itou.Export.Markdown.Conditionals;

/// <summary><c>{% if %}</c>/<c>{% elsif %}</c>/<c>{% else %}</c> … <c>{% endif %}</c> → sibling <see cref="ConditionalBlock"/>s, content kept.</summary>
internal sealed class ConditionalExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.AddTag("if", TagBody.Required, (tag, parser, _) => new ConditionalBlock(parser) { Condition = ConditionText(tag) });
        pipeline.AddTag("elsif", TagBody.Required, (tag, parser, _) => new ConditionalBlock(parser) { Condition = ConditionText(tag) });
        pipeline.AddTag("else", TagBody.Required, (_, parser, _) => new ConditionalBlock(parser) { Condition = "else" });
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>The condition is free text (<c>visitor.claims.x == true</c>): rebuilt from the words read as attributes.</summary>
    private static string ConditionText(GitBookTag tag) =>
        string.Join(' ', tag.Attributes.Select(a => a.Value == "true" && !char.IsDigit(a.Key[0]) ? a.Key : char.IsDigit(a.Key[0]) ? $"\"{a.Value}\"" : $"{a.Key}={a.Value}"));
}
