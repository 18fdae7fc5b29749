namespace Itou.Export.Markdown.Formulas;

/// <summary>The commands with arguments, the environments and the spacing commands of <see cref="TexParser"/>.</summary>
internal sealed partial class TexParser
{
    private static readonly Dictionary<string, float> Spaces = new(StringComparer.Ordinal)
    {
        [","] = 3 / 18f, ["thinspace"] = 3 / 18f, [":"] = 4 / 18f, [">"] = 4 / 18f, ["medspace"] = 4 / 18f,
        [";"] = 5 / 18f, ["thickspace"] = 5 / 18f, ["!"] = -3 / 18f, ["negthinspace"] = -3 / 18f,
        [" "] = 0.3f, ["enspace"] = 0.5f, ["quad"] = 1, ["qquad"] = 2,
    };

    private static readonly Dictionary<string, MathVariant> Alphabets = new(StringComparer.Ordinal)
    {
        ["mathrm"] = MathVariant.Upright, ["mathit"] = MathVariant.Italic, ["mathbf"] = MathVariant.Bold,
        ["boldsymbol"] = MathVariant.Bold, ["bm"] = MathVariant.Bold, ["mathbb"] = MathVariant.DoubleStruck,
        ["mathcal"] = MathVariant.Calligraphic, ["mathscr"] = MathVariant.Calligraphic, ["mathsf"] = MathVariant.SansSerif,
        ["mathtt"] = MathVariant.Monospace, ["mathfrak"] = MathVariant.Fraktur,
    };

    private static readonly Dictionary<string, MathVariant> TextCommands = new(StringComparer.Ordinal)
    {
        ["text"] = MathVariant.Upright, ["textrm"] = MathVariant.Upright, ["textnormal"] = MathVariant.Upright,
        ["textup"] = MathVariant.Upright, ["mbox"] = MathVariant.Upright, ["textbf"] = MathVariant.Bold,
        ["textit"] = MathVariant.Italic, ["textsf"] = MathVariant.SansSerif, ["texttt"] = MathVariant.Monospace,
    };

    private static readonly Dictionary<string, (char Mark, bool Stretchy, bool Under)> Accents = new(StringComparer.Ordinal)
    {
        ["hat"] = ('\u0302', false, false), ["widehat"] = ('\u0302', true, false), ["bar"] = ('\u0304', false, false),
        ["overline"] = ('\u0305', true, false), ["underline"] = ('\u0332', true, true), ["vec"] = ('\u20D7', false, false),
        ["overrightarrow"] = ('\u20D7', true, false), ["overleftarrow"] = ('\u20D6', true, false), ["tilde"] = ('\u0303', false, false),
        ["widetilde"] = ('\u0303', true, false), ["dot"] = ('\u0307', false, false), ["ddot"] = ('\u0308', false, false),
        ["check"] = ('\u030C', false, false), ["breve"] = ('\u0306', false, false), ["acute"] = ('\u0301', false, false),
        ["grave"] = ('\u0300', false, false),
    };

    private static readonly Dictionary<string, string> ExtensibleArrows = new(StringComparer.Ordinal)
    {
        ["xrightarrow"] = "→", ["xleftarrow"] = "←", ["xRightarrow"] = "⇒", ["xLeftarrow"] = "⇐",
        ["xleftrightarrow"] = "↔", ["xLeftrightarrow"] = "⇔", ["xmapsto"] = "↦",
    };

    private static readonly Dictionary<string, float> BigSizes = new(StringComparer.Ordinal)
    {
        ["big"] = 1.2f, ["Big"] = 1.8f, ["bigg"] = 2.4f, ["Bigg"] = 3f,
    };

    private static readonly Dictionary<string, TableKind> Environments = new(StringComparer.Ordinal)
    {
        ["matrix"] = TableKind.Matrix, ["smallmatrix"] = TableKind.Matrix, ["array"] = TableKind.Matrix,
        ["pmatrix"] = TableKind.Parentheses, ["bmatrix"] = TableKind.Brackets, ["Bmatrix"] = TableKind.Braces,
        ["vmatrix"] = TableKind.Bars, ["Vmatrix"] = TableKind.DoubleBars, ["cases"] = TableKind.Cases, ["dcases"] = TableKind.Cases,
        ["aligned"] = TableKind.Aligned, ["align"] = TableKind.Aligned, ["align*"] = TableKind.Aligned, ["split"] = TableKind.Aligned,
        ["gathered"] = TableKind.Gathered, ["gather"] = TableKind.Gathered, ["gather*"] = TableKind.Gathered,
        ["equation"] = TableKind.Gathered, ["equation*"] = TableKind.Gathered,
    };

    private static readonly Dictionary<string, string> Negations = new(StringComparer.Ordinal)
    {
        ["="] = "≠", ["<"] = "≮", [">"] = "≯", ["\\in"] = "∉", ["\\equiv"] = "≢", ["\\subset"] = "⊄",
        ["\\subseteq"] = "⊈", ["\\sim"] = "≁", ["\\approx"] = "≉", ["\\leq"] = "≰", ["\\geq"] = "≱",
    };

    /// <summary>A command at the position, with its arguments.</summary>
    private MathNode Command(List<MathNode> items)
    {
        var name = ReadCommand();
        switch (name)
        {
            case "frac" or "dfrac" or "tfrac" or "cfrac":
                return new MathFraction(Argument(), Argument(), name switch { "dfrac" or "cfrac" => true, "tfrac" => false, _ => null });
            case "binom" or "dbinom" or "tbinom":
                var fraction = new MathFraction(Argument(), Argument(), name switch { "dbinom" => true, "tbinom" => false, _ => null }, Bar: false);
                return new MathFenced("(", ")", new MathRow([fraction]));
            case "sqrt":
                var degree = Optional();
                return new MathRadical(Argument(), degree);
            case "left":
                return Fenced();
            case "begin":
                return Environment();
            case "overset" or "stackrel":
                var over = Argument();
                return new MathUnderOver(Argument(), over, null);
            case "underset":
                var under = Argument();
                return new MathUnderOver(Argument(), null, under);
            case "operatorname":
                var limits = pos < tex.Length && tex[pos] == '*' && ++pos > 0;
                return new MathOperator(RawGroup(), false, limits);
            case "limits" or "nolimits":
                if (items.Count == 0 || items[^1] is not MathOperator named)
                    throw new TexException($"\\{name} after something that is not an operator");
                items.RemoveAt(items.Count - 1);
                return named with { Limits = name == "limits" };
            case "displaystyle" or "textstyle":
                return new MathStyle(name == "displaystyle", Row());
            case "not":
                SkipSpaces();
                var negated = pos < tex.Length && tex[pos] == '\\' ? CommandAt(pos) : pos < tex.Length ? tex[pos].ToString() : "";
                if (!Negations.TryGetValue(negated, out var negation))
                    throw new TexException($"\\not{negated} is not supported");
                pos += negated.Length;
                return new MathAtom(negation, AtomKind.Relation);
        }
        return Simple(name);
    }

    /// <summary>Commands that take at most one argument, looked up in the tables.</summary>
    private MathNode Simple(string name)
    {
        if (Spaces.TryGetValue(name, out var em))
            return new MathSpace(em);
        if (Alphabets.TryGetValue(name, out var alphabet))
            return InVariant(alphabet);
        if (TextCommands.TryGetValue(name, out var textVariant))
            return new MathText(RawGroup(), textVariant);
        if (Accents.TryGetValue(name, out var accent))
            return new MathAccent(Argument(), accent.Mark, accent.Stretchy, accent.Under);
        if (ExtensibleArrows.TryGetValue(name, out var arrow))
        {
            var below = Optional();
            return new MathUnderOver(new MathAtom(arrow, AtomKind.Relation), Argument(), below, StretchBase: true);
        }
        if (BigSizes.TryGetValue(name.TrimEnd('l', 'r', 'm'), out var scale))
            return new MathBigDelimiter(new MathAtom(Delimiter(name), name[^1] switch { 'l' => AtomKind.Open, 'r' => AtomKind.Close, _ => AtomKind.Ordinary }, MathVariant.Upright), scale);
        if (TexSymbols.Operator(name) is { } named)
            return named;
        if (TexSymbols.Atom(name) is { } atom)
            return variant != MathVariant.Default && atom.Kind == AtomKind.Ordinary ? atom with { Variant = variant } : atom;
        throw new TexException($"the command \\{name} is not supported");
    }

    /// <summary><c>\left</c> (already read) delimiter, body, <c>\right</c> delimiter.</summary>
    private MathFenced Fenced()
    {
        var open = Delimiter("left");
        var body = Row();
        if (!AtCommand("right"))
            throw new TexException("\\left without \\right");
        pos += "\\right".Length;
        return new MathFenced(open, Delimiter("right"), body);
    }

    /// <summary>The delimiter after <c>\left</c>, <c>\right</c> or <c>\big</c> (named <paramref name="after"/> in the message).</summary>
    private string Delimiter(string after)
    {
        SkipSpaces();
        var token = pos >= tex.Length ? "" : tex[pos] == '\\' ? CommandAt(pos) : tex[pos].ToString();
        var delimiter = TexSymbols.Delimiter(token) ?? throw new TexException($"\\{after} is not followed by a delimiter");
        pos += token.Length;
        return delimiter;
    }

    /// <summary><c>\begin{name}</c> (already read up to the name) … <c>\end{name}</c>.</summary>
    private MathTable Environment()
    {
        var name = RawGroup();
        if (!Environments.TryGetValue(name, out var kind))
            throw new TexException($"the environment {name} is not supported");
        if (name == "array")
            RawGroup();
        return new MathTable(Cells(name), kind);
    }

    /// <summary>
    /// Rows of cells up to <c>\end{environment}</c> (the end of the formula when null): cells end at <c>&amp;</c>,
    /// rows at <c>\\</c>; a last empty row (a trailing <c>\\</c>) is dropped.
    /// </summary>
    private List<IReadOnlyList<MathRow>> Cells(string? environment)
    {
        var rows = new List<IReadOnlyList<MathRow>>();
        var cells = new List<MathRow>();
        while (true)
        {
            cells.Add(Row());
            if (pos >= tex.Length)
            {
                if (environment is not null)
                    throw new TexException($"\\begin{{{environment}}} without its \\end");
                break;
            }
            if (tex[pos] == '&')
            {
                pos++;
                continue;
            }
            if (AtCommand("\\"))
            {
                pos += 2;
                Optional();
                rows.Add(cells);
                cells = [];
                continue;
            }
            if (AtCommand("end"))
            {
                pos += "\\end".Length;
                var name = RawGroup();
                if (name != environment)
                    throw new TexException($"\\end{{{name}}} without its \\begin");
                break;
            }
            throw new TexException(tex[pos] == '}' ? "unbalanced braces" : "\\right without \\left");
        }
        if (rows.Count == 0 || cells.Count > 1 || cells[0].Items.Count > 0)
            rows.Add(cells);
        return rows;
    }
}
