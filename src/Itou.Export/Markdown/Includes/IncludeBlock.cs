using Markdig.Parsers;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Includes;

/// <summary>
/// <c>{% include "../.gitbook/includes/x.md" %}</c>: children are the included page, parsed with the
/// same dialect (empty when it could not be read or would form a cycle; a diagnostic says why).
/// Writers print the children in place.
/// </summary>
public sealed class IncludeBlock(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>The reference as written.</summary>
    public string Reference { get; init; } = "";

    /// <summary>The space-relative path that was read, or null when nothing was included.</summary>
    public string? ResolvedPath { get; set; }
}
