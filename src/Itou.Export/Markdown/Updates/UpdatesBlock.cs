using Markdig.Parsers;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Updates;

/// <summary><c>{% updates format="full" %}</c>: a changelog; children are <see cref="UpdateBlock"/>s.</summary>
public sealed class UpdatesBlock(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>The <c>format</c> attribute (<c>full</c>, <c>compact</c>…), or null.</summary>
    public string? Format { get; init; }
}

/// <summary><c>{% update date="2025-12-25" tags="a,b" %}</c>: one entry; children are its body.</summary>
public sealed class UpdateBlock(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>The date as written (ISO <c>yyyy-MM-dd</c> in GitBook), or null.</summary>
    public string? Date { get; init; }

    /// <summary>The tags, split on commas and trimmed.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}
