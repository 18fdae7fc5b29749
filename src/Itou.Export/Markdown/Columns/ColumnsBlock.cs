using Markdig.Parsers;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Columns;

/// <summary><c>{% columns %}</c>: side-by-side content; children are <see cref="ColumnBlock"/>s (two at most in GitBook).</summary>
public sealed class ColumnsBlock(BlockParser? parser) : ContainerBlock(parser);

/// <summary><c>{% column width="50%" %}</c>: one column; children are its body.</summary>
public sealed class ColumnBlock(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>The width in percent of the row (0–100), or null when not given.</summary>
    public double? WidthPercent { get; init; }
}
