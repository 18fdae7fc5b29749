using Markdig.Parsers;
using Markdig.Syntax;

namespace Itou.Export.Markdown.Code;

/// <summary>
/// <c>{% code title="…" overflow="wrap" lineNumbers="true" %}</c> around a fence, or the HTML
/// <c>&lt;pre class="language-x" data-title data-line-numbers data-overflow&gt;</c> form. Its children hold
/// exactly one Markdig <see cref="FencedCodeBlock"/> (language in <c>Info</c>, text in <c>Lines</c>, HTML
/// escapes decoded and inline tags stripped); the options below tell writers how to frame it.
/// </summary>
public sealed class GitBookCodeBlock(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>The caption above the code (a file name, usually), or null.</summary>
    public string? Title { get; init; }

    /// <summary>Whether lines are numbered.</summary>
    public bool LineNumbers { get; init; }

    /// <summary>Whether long lines wrap (<c>overflow="wrap"</c>) instead of being clipped.</summary>
    public bool Wrap { get; init; }

    /// <summary>Whether the block spans the full page width.</summary>
    public bool FullWidth { get; init; }

    /// <summary>Whether GitBook folds it behind an "expand" button (on paper: printed whole).</summary>
    public bool Expandable { get; init; }

    /// <summary>The code, when the block holds one (it always does once parsed).</summary>
    public FencedCodeBlock? Code => this.OfType<FencedCodeBlock>().FirstOrDefault();
}
