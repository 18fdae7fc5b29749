using Markdig.Parsers;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Figures;

/// <summary>Horizontal placement of a figure.</summary>
public enum FigureAlign
{
    /// <summary>Not given (writers use their default, usually centred).</summary>
    Default,
    /// <summary><c>align="left"</c>.</summary>
    Left,
    /// <summary><c>align="center"</c>.</summary>
    Center,
    /// <summary><c>align="right"</c>.</summary>
    Right,
}

/// <summary>
/// An HTML image block: <c>&lt;figure&gt;&lt;img src alt width&gt;&lt;figcaption&gt;…&lt;/figcaption&gt;&lt;/figure&gt;</c>, a bare
/// <c>&lt;img&gt;</c> or <c>&lt;picture&gt;</c>, optionally in <c>&lt;div align&gt;</c>. <c>Inline</c> holds the caption (null when none).
/// </summary>
public sealed class FigureBlock(BlockParser? parser) : LeafBlock(parser)
{
    /// <summary>The image source as written (relative to the page, or a URL).</summary>
    public string Source { get; init; } = "";

    /// <summary>The alternative text ("" when absent).</summary>
    public string Alt { get; init; } = "";

    /// <summary>The width as written (<c>375</c>, <c>50%</c>), or null.</summary>
    public string? Width { get; init; }

    /// <summary>The width in CSS pixels when <see cref="Width"/> is a pixel value, else null.</summary>
    public double? WidthPixels => ImageSize.Pixels(Width);

    /// <summary>The width in percent of the text column when <see cref="Width"/> is a percentage, else null.</summary>
    public double? WidthPercent => ImageSize.Percent(Width);

    /// <summary>The placement.</summary>
    public FigureAlign Align { get; set; }

    /// <summary>For <c>&lt;picture&gt;</c>: the dark-mode variant (<c>prefers-color-scheme: dark</c>), which print ignores; or null.</summary>
    public string? DarkSource { get; init; }
}
