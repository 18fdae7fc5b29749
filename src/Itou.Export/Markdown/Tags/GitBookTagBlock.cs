using Markdig.Parsers;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Tags;

/// <summary>
/// A <c>{% tag %}</c> the dialect does not know (reported as a diagnostic): its name and attributes are
/// kept and its body is parsed as Markdown, so no content is lost and no raw <c>{%</c> reaches a writer.
/// Writers print the body (and may show the name as a label).
/// </summary>
public sealed class GitBookTagBlock(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>The tag name as written (<c>foo</c> for <c>{% foo %}</c>, <c>@x/y</c> for an integration).</summary>
    public string Name { get; init; } = "";

    /// <summary>The attributes as written (names are case-sensitive; positional values use keys <c>0</c>, <c>1</c>…).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
}
