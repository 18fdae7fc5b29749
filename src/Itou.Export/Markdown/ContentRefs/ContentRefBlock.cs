using Markdig.Parsers;
using Markdig.Syntax;

namespace Itou.Export.Markdown.ContentRefs;

/// <summary>
/// <c>{% content-ref url="page.md" %}[title](page.md){% endcontent-ref %}</c> or legacy
/// <c>{% page-ref page="page.md" %}</c>: a link card to another page. Children are the parsed body
/// (usually one paragraph holding a link); empty for the legacy form.
/// </summary>
public sealed class ContentRefBlock(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>The target as written (a page path, <c>dir/</c>, or a URL).</summary>
    public string Url { get; init; } = "";

    /// <summary>True for the legacy <c>page-ref</c> form.</summary>
    public bool IsLegacyPageRef { get; init; }
}
