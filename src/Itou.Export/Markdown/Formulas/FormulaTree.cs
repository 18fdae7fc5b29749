namespace Itou.Export.Markdown.Formulas;

/// <summary>
/// A formula as both writers lay it out: TeX's atoms and constructs, parsed once by <see cref="TexParser"/>.
/// The PDF writer typesets it with a MATH font, the Word writer turns it into Office Math.
/// </summary>
internal abstract record MathNode;

/// <summary>What an atom is to the spacing rules (TeXbook ch. 18): letters, operators, relations, fences.</summary>
internal enum AtomKind { Ordinary, Number, Binary, Relation, Open, Close, Punctuation }

/// <summary>The alphabet of a letter: italic by default (TeX's math italic), or the one a font command asks for.</summary>
internal enum MathVariant { Default, Upright, Italic, Bold, DoubleStruck, Calligraphic, SansSerif, Monospace, Fraktur }

/// <summary>Items side by side (a group <c>{…}</c>, an argument, the whole formula).</summary>
internal sealed record MathRow(IReadOnlyList<MathNode> Items) : MathNode
{
    public static readonly MathRow Empty = new([]);
}

/// <summary>One symbol or a run of digits: <c>x</c>, <c>230</c>, <c>≤</c>, <c>(</c>.</summary>
internal sealed record MathAtom(string Text, AtomKind Kind, MathVariant Variant = MathVariant.Default) : MathNode;

/// <summary>
/// A big operator (<c>\sum</c>, <c>\int</c>: <see cref="IsSymbol"/>) or a named one (<c>\lim</c>, <c>\sin</c>);
/// <see cref="Limits"/>: its scripts go above and below it in display style (<c>\sum</c>, <c>\lim</c>), not beside.
/// </summary>
internal sealed record MathOperator(string Text, bool IsSymbol, bool Limits) : MathNode;

/// <summary><c>\text{…}</c>: words, spaces kept, upright (or the variant of <c>\textbf</c>, <c>\textit</c>).</summary>
internal sealed record MathText(string Text, MathVariant Variant) : MathNode;

/// <summary>A space in ems (<c>\,</c> is 3/18, <c>\quad</c> 1; <c>\!</c> is negative).</summary>
internal sealed record MathSpace(float Em) : MathNode;

/// <summary><c>\frac</c> (<see cref="Display"/> null: the surrounding style), <c>\dfrac</c> (true), <c>\tfrac</c> (false); <c>\binom</c> has no bar.</summary>
internal sealed record MathFraction(MathNode Numerator, MathNode Denominator, bool? Display = null, bool Bar = true) : MathNode;

/// <summary>A base with a subscript, a superscript or both (<c>x_i^2</c>).</summary>
internal sealed record MathScripts(MathNode Base, MathNode? Sub, MathNode? Sup) : MathNode;

/// <summary><c>\sqrt{x}</c>, <c>\sqrt[n]{x}</c>.</summary>
internal sealed record MathRadical(MathNode Body, MathNode? Degree) : MathNode;

/// <summary>
/// An accent over (or under) its body, as the combining character Unicode gives it: <c>\hat</c> U+0302,
/// <c>\bar</c> U+0304, <c>\vec</c> U+20D7; <see cref="Stretchy"/> ones cover the whole body (<c>\widehat</c>,
/// <c>\overline</c> U+0305, <c>\underline</c> U+0332).
/// </summary>
internal sealed record MathAccent(MathNode Body, char Mark, bool Stretchy, bool Under = false) : MathNode;

/// <summary><c>\left( … \right)</c>: delimiters grown to the body's height (an empty one for <c>.</c>).</summary>
internal sealed record MathFenced(string Open, string Close, MathRow Body) : MathNode;

/// <summary><c>\big(</c> and its kin: a delimiter drawn <see cref="Scale"/> times the size of a normal one.</summary>
internal sealed record MathBigDelimiter(MathAtom Delimiter, float Scale) : MathNode;

/// <summary>
/// Something above and/or below a base, centred on it: <c>\overset</c>, <c>\underset</c>, <c>\stackrel</c>,
/// and the arrows of <c>\xrightarrow[below]{above}</c> (<see cref="StretchBase"/>: the base grows to the widest script).
/// </summary>
internal sealed record MathUnderOver(MathNode Base, MathNode? Over, MathNode? Under, bool StretchBase = false) : MathNode;

/// <summary>How a grid is framed and its columns aligned.</summary>
internal enum TableKind { Matrix, Parentheses, Brackets, Braces, Bars, DoubleBars, Cases, Aligned, Gathered }

/// <summary>Environments (<c>pmatrix</c>, <c>cases</c>, <c>aligned</c>…) and top-level <c>\\</c>: rows of cells.</summary>
internal sealed record MathTable(IReadOnlyList<IReadOnlyList<MathRow>> Rows, TableKind Kind) : MathNode
{
    /// <summary>The opening and closing delimiter of the kind ("" for none).</summary>
    public (string Open, string Close) Delimiters => Kind switch
    {
        TableKind.Parentheses => ("(", ")"),
        TableKind.Brackets => ("[", "]"),
        TableKind.Braces => ("{", "}"),
        TableKind.Bars => ("|", "|"),
        TableKind.DoubleBars => ("‖", "‖"),
        TableKind.Cases => ("{", ""),
        _ => ("", ""),
    };

    /// <summary>How column <paramref name="column"/> is aligned: -1 left, 0 centre, 1 right.</summary>
    public int Alignment(int column) => Kind switch
    {
        TableKind.Cases => -1,
        TableKind.Aligned => column % 2 == 0 ? 1 : -1,
        _ => 0,
    };
}

/// <summary><c>\displaystyle</c> or <c>\textstyle</c>: the rest of its group in that style.</summary>
internal sealed record MathStyle(bool Display, MathRow Body) : MathNode;
