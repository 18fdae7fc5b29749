using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Markdown.Formulas;

/// <summary>
/// A display formula: <c>$$</c> lines around TeX, or a paragraph holding nothing but one <c>$$…$$</c> (GitBook
/// makes both a block). <see cref="Tex"/> is the source; writers typeset the parsed tree, or print the source in
/// the code style when the formula uses what the parser does not support (reported as MATH-UNSUPPORTED).
/// </summary>
public sealed class FormulaBlock() : LeafBlock(null)
{
    /// <summary>The TeX source, trimmed.</summary>
    public string Tex { get; init; } = "";

    /// <summary>The formula, parsed once for both writers; null when it cannot be typeset.</summary>
    internal MathRow? Formula { get; init; }
}

/// <summary>A formula inside a line of text (<c>$$…$$</c> among words): see <see cref="FormulaBlock"/>.</summary>
public sealed class FormulaInline : LeafInline
{
    /// <summary>The TeX source, trimmed.</summary>
    public string Tex { get; init; } = "";

    /// <summary>The formula, parsed once for both writers; null when it cannot be typeset.</summary>
    internal MathRow? Formula { get; init; }
}
