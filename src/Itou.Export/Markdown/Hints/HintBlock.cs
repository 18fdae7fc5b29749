using Markdig.Parsers;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Hints;

/// <summary>The four GitBook hint styles.</summary>
public enum HintStyle
{
    /// <summary><c>info</c> (also legacy <c>working</c>, and any unknown style).</summary>
    Info,
    /// <summary><c>success</c> (also legacy <c>tip</c>).</summary>
    Success,
    /// <summary><c>warning</c>.</summary>
    Warning,
    /// <summary><c>danger</c>.</summary>
    Danger,
}

/// <summary>
/// <c>{% hint style="…" icon="…" %}…{% endhint %}</c>: a callout. Children are the parsed body
/// (paragraphs, headings, lists, images; may be empty).
/// </summary>
public sealed class HintBlock(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>The style; legacy <c>tip</c> maps to <see cref="HintStyle.Success"/>, <c>working</c> to <see cref="HintStyle.Info"/>.</summary>
    public HintStyle Style { get; init; }

    /// <summary>The icon name GitBook shows (e.g. <c>rocket</c>), or null.</summary>
    public string? Icon { get; init; }
}
