using Markdig.Parsers;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Conditionals;

/// <summary>
/// <c>{% if condition %}…{% endif %}</c> (and each <c>{% elsif %}</c> / <c>{% else %}</c> branch, as a sibling
/// block): visitor-dependent content. An export has no visitor, so every branch is kept; writers print
/// the children in place.
/// </summary>
public sealed class ConditionalBlock(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>The condition as written; <c>else</c> for an else branch.</summary>
    public string Condition { get; init; } = "";
}
