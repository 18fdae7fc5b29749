using DocumentFormat.OpenXml;
using Itou.Export.Markdown.Formulas;
using M = DocumentFormat.OpenXml.Math;

namespace Itou.Export.Docx.Formulas;

/// <summary>
/// A formula tree as Office Math (OMML), the markup Word edits as equations: fractions are <c>m:f</c>, scripts
/// <c>m:sSub</c>/<c>m:sSup</c>, big operators <c>m:nary</c> over the terms that follow them, <c>\left…\right</c>
/// <c>m:d</c>, matrices <c>m:m</c>, aligned rows <c>m:eqArr</c>. Word spaces and italicises letters itself.
/// </summary>
internal static class OfficeMath
{
    /// <summary>The <c>m:oMath</c> of a formula.</summary>
    public static M.OfficeMath Of(MathRow formula)
    {
        var math = new M.OfficeMath();
        math.Append(Row(formula.Items));
        return math;
    }

    /// <summary>The elements of a row; a big operator takes the terms after it, up to a relation or a binary operator, as its operand.</summary>
    private static List<OpenXmlElement> Row(IReadOnlyList<MathNode> row)
    {
        var items = Paired(row);
        var elements = new List<OpenXmlElement>();
        for (var i = 0; i < items.Count; i++)
        {
            if (BigOperator(items[i]) is { } op)
            {
                var end = OperandEnd(items, i + 1);
                elements.Add(Nary(op.Operator, op.Scripts, [.. items.Skip(i + 1).Take(end - i - 1)]));
                i = end - 1;
            }
            else
                elements.AddRange(Node(items[i]));
        }
        return elements;
    }

    /// <summary>
    /// The row with each <c>(</c> … <c>)</c> pair (a script on the closing one included) as one delimiter, as Word
    /// itself writes <c>(x−1)²</c>: LibreOffice's import refuses a parenthesis split from its partner across elements.
    /// </summary>
    private static List<MathNode> Paired(IReadOnlyList<MathNode> items)
    {
        var paired = new List<MathNode>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var close = items[i] is MathAtom { Kind: AtomKind.Open } ? Partner(items, i) : -1;
            if (close < 0)
            {
                paired.Add(items[i]);
                continue;
            }
            var fenced = new MathFenced(((MathAtom)items[i]).Text, Closing(items[close])!.Text, new MathRow([.. items.Skip(i + 1).Take(close - i - 1)]));
            paired.Add(items[close] is MathScripts scripts ? scripts with { Base = fenced } : fenced);
            i = close;
        }
        return paired;
    }

    // The index of the closing atom that matches the opening one at open, or -1.
    private static int Partner(IReadOnlyList<MathNode> items, int open)
    {
        var depth = 0;
        for (var i = open; i < items.Count; i++)
        {
            if (items[i] is MathAtom { Kind: AtomKind.Open })
                depth++;
            else if (Closing(items[i]) is not null && --depth == 0)
                return i;
        }
        return -1;
    }

    private static MathAtom? Closing(MathNode node) => node switch
    {
        MathAtom { Kind: AtomKind.Close, Text: ")" or "]" or "}" or "⟩" or "⌉" or "⌋" } atom => atom,
        MathScripts { Base: MathAtom { Kind: AtomKind.Close, Text: ")" or "]" or "}" or "⟩" or "⌉" or "⌋" } atom } => atom,
        _ => null,
    };

    /// <summary>Where the operand starting at <paramref name="start"/> ends: at the first relation or binary operator outside parentheses.</summary>
    private static int OperandEnd(List<MathNode> items, int start)
    {
        var depth = 0;
        for (var end = start; end < items.Count; end++)
        {
            var atom = items[end] is MathScripts { Base: MathAtom scripted } ? scripted : items[end] as MathAtom;
            if (atom?.Kind == AtomKind.Open)
                depth++;
            else if (atom?.Kind == AtomKind.Close)
                depth--;
            else if (depth <= 0 && atom?.Kind is AtomKind.Relation or AtomKind.Binary)
                return end;
        }
        return items.Count;
    }

    private static (MathOperator Operator, MathScripts? Scripts)? BigOperator(MathNode node) => node switch
    {
        MathOperator { IsSymbol: true } op => (op, null),
        MathScripts { Base: MathOperator { IsSymbol: true } op } scripts => (op, scripts),
        _ => null,
    };

    private static IEnumerable<OpenXmlElement> Node(MathNode node) => node switch
    {
        MathRow row => Row(row.Items),
        MathAtom atom => [Run(atom.Text, Variant(atom))],
        MathOperator op => [Run(op.Text, new M.RunProperties(new M.Style { Val = M.StyleValues.Plain }))],
        MathText text => [Run(text.Text, new M.RunProperties(new M.NormalText()))],
        MathSpace space => space.Em > 0 ? [Run(Space(space.Em), null)] : [],
        MathFraction f => [Fraction(f)],
        MathScripts s => [Scripts(s)],
        MathRadical r => [Radical(r)],
        MathAccent a => [Accent(a)],
        MathFenced f => [Fenced(f.Open, f.Close, Node(f.Body))],
        MathBigDelimiter big => [Run(big.Delimiter.Text, null)],
        MathUnderOver u => [UnderOver(u)],
        MathTable t => [Table(t)],
        MathStyle s => Node(s.Body),
        _ => [],
    };

    private static M.Run Run(string text, M.RunProperties? properties)
    {
        var run = new M.Run();
        if (properties is not null)
            run.Append(properties);
        run.Append(new M.Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>The alphabet as Word names it: <c>m:sty</c> (plain, bold, italic) and <c>m:scr</c> (double-struck, script…).</summary>
    private static M.RunProperties? Variant(MathAtom atom)
    {
        var upright = atom.Variant == MathVariant.Upright || (atom.Variant == MathVariant.Default && atom.Kind == AtomKind.Ordinary && !char.IsLetter(atom.Text[0]));
        M.ScriptValues? script = atom.Variant switch
        {
            MathVariant.DoubleStruck => M.ScriptValues.DoubleStruck,
            MathVariant.Calligraphic => M.ScriptValues.Script,
            MathVariant.Fraktur => M.ScriptValues.Fraktur,
            MathVariant.SansSerif => M.ScriptValues.SansSerif,
            MathVariant.Monospace => M.ScriptValues.Monospace,
            _ => null,
        };
        M.StyleValues? style = atom.Variant switch
        {
            MathVariant.Bold => M.StyleValues.Bold,
            MathVariant.Italic => M.StyleValues.Italic,
            _ when upright || script is not null => M.StyleValues.Plain,
            _ => null,
        };
        if (style is null)
            return null;
        var properties = new M.RunProperties();
        if (script is { } value)
            properties.Append(new M.Script { Val = value });
        properties.Append(new M.Style { Val = style.Value });
        return properties;
    }

    // Unicode's spaces nearest TeX's: thin (3/18 em), medium (4/18), thick (5/18), en, em.
    private static string Space(float em) => em switch
    {
        < 0.2f => "\u2009",
        < 0.25f => "\u205F",
        < 0.4f => "\u2004",
        < 0.75f => "\u2002",
        _ => new string('\u2003', Math.Max(1, (int)Math.Round(em))),
    };

    private static T With<T>(T element, IEnumerable<OpenXmlElement> children) where T : OpenXmlCompositeElement
    {
        element.Append(children);
        return element;
    }

    private static M.Fraction Fraction(MathFraction f)
    {
        var fraction = new M.Fraction();
        if (!f.Bar)
            fraction.Append(new M.FractionProperties(new M.FractionType { Val = M.FractionTypeValues.NoBar }));
        fraction.Append(With(new M.Numerator(), Node(f.Numerator)), With(new M.Denominator(), Node(f.Denominator)));
        return fraction;
    }

    private static OpenXmlElement Scripts(MathScripts s)
    {
        if (s.Base is MathOperator { Limits: true } op)
            return Limits(Node(op), s.Sup, s.Sub);
        var @base = With(new M.Base(), Node(s.Base));
        return (s.Sub, s.Sup) switch
        {
            ({ } sub, { } sup) => new M.SubSuperscript(@base, With(new M.SubArgument(), Node(sub)), With(new M.SuperArgument(), Node(sup))),
            ({ } sub, null) => new M.Subscript(@base, With(new M.SubArgument(), Node(sub))),
            _ => new M.Superscript(@base, With(new M.SuperArgument(), Node(s.Sup!))),
        };
    }

    /// <summary>Something above and/or below a base: <c>m:limUpp</c> and <c>m:limLow</c>, nested when both.</summary>
    private static OpenXmlElement Limits(IEnumerable<OpenXmlElement> @base, MathNode? over, MathNode? under)
    {
        var element = over is null ? null : new M.LimitUpper(With(new M.Base(), @base), With(new M.Limit(), Node(over)));
        if (under is null)
            return element ?? (OpenXmlElement)With(new M.Box(), [With(new M.Base(), @base)]);
        return new M.LimitLower(With(new M.Base(), element is null ? @base : [element]), With(new M.Limit(), Node(under)));
    }

    private static M.Nary Nary(MathOperator op, MathScripts? scripts, IReadOnlyList<MathNode> operand)
    {
        var properties = new M.NaryProperties(new M.AccentChar { Val = op.Text },
            new M.LimitLocation { Val = op.Limits ? M.LimitLocationValues.UnderOver : M.LimitLocationValues.SubscriptSuperscript });
        if (scripts?.Sub is null)
            properties.Append(new M.HideSubArgument { Val = M.BooleanValues.One });
        if (scripts?.Sup is null)
            properties.Append(new M.HideSuperArgument { Val = M.BooleanValues.One });
        return new M.Nary(properties,
            With(new M.SubArgument(), scripts?.Sub is { } sub ? Node(sub) : []),
            With(new M.SuperArgument(), scripts?.Sup is { } sup ? Node(sup) : []),
            With(new M.Base(), Row(operand)));
    }

    private static M.Radical Radical(MathRadical r)
    {
        var radical = new M.Radical();
        if (r.Degree is null)
            radical.Append(new M.RadicalProperties(new M.HideDegree { Val = M.BooleanValues.One }));
        radical.Append(With(new M.Degree(), r.Degree is { } degree ? Node(degree) : []), With(new M.Base(), Node(r.Body)));
        return radical;
    }

    private static OpenXmlElement Accent(MathAccent a)
    {
        var body = With(new M.Base(), Node(a.Body));
        if (a.Mark is '\u0305' or '\u0332')
            return new M.Bar(new M.BarProperties(new M.Position { Val = a.Under ? M.VerticalJustificationValues.Bottom : M.VerticalJustificationValues.Top }), body);
        return new M.Accent(new M.AccentProperties(new M.AccentChar { Val = a.Mark.ToString() }), body);
    }

    private static M.Delimiter Fenced(string open, string close, IEnumerable<OpenXmlElement> body) =>
        new(new M.DelimiterProperties(new M.BeginChar { Val = open }, new M.EndChar { Val = close }), With(new M.Base(), body));

    private static OpenXmlElement UnderOver(MathUnderOver u) => Limits(Node(u.Base), u.Over, u.Under);

    /// <summary>Matrices as <c>m:m</c> in their delimiters; aligned and gathered rows as <c>m:eqArr</c>, one line each.</summary>
    private static OpenXmlElement Table(MathTable t)
    {
        if (t.Kind is TableKind.Aligned or TableKind.Gathered)
            return With(new M.EquationArray(), t.Rows.Select(row => (OpenXmlElement)With(new M.Base(), row.SelectMany(cell => Node(cell)))));
        var columns = t.Rows.Max(row => row.Count);
        var matrix = new M.Matrix(new M.MatrixProperties(new M.MatrixColumns(new M.MatrixColumn(new M.MatrixColumnProperties(
            new M.MatrixColumnCount { Val = columns },
            new M.MatrixColumnJustification { Val = t.Kind == TableKind.Cases ? M.HorizontalAlignmentValues.Left : M.HorizontalAlignmentValues.Center })))));
        foreach (var row in t.Rows)
            matrix.Append(With(new M.MatrixRow(), Enumerable.Range(0, columns).Select(c => (OpenXmlElement)With(new M.Base(), c < row.Count ? Node(row[c]) : []))));
        var (open, close) = t.Delimiters;
        return open.Length == 0 && close.Length == 0 ? matrix : Fenced(open, close, [matrix]);
    }
}
