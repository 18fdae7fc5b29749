namespace Itou.Export.Markdown.Formulas;

/// <summary>What parsing a formula gave: the tree, or why it could not be read (the formula is then printed as source).</summary>
internal sealed record FormulaParse(MathRow? Formula, string? Problem);

/// <summary>
/// KaTeX's syntax, the subset documentation uses (docs/DIALECT.md, "Formulas"), to a <see cref="MathNode"/>
/// tree. Recursive descent over the source; groups deeper than <see cref="MaxDepth"/>, unknown commands and
/// unbalanced braces stop the parse with a <see cref="FormulaParse.Problem"/>, never an exception.
/// </summary>
internal sealed partial class TexParser
{
    private const int MaxDepth = 40;
    private readonly string tex;
    private int pos;
    private int depth;
    private MathVariant variant;

    private TexParser(string tex) => this.tex = tex;

    /// <summary>Parses a formula (the text between the <c>$$</c>).</summary>
    public static FormulaParse Parse(string tex)
    {
        var parser = new TexParser(tex);
        try
        {
            var rows = parser.Cells(environment: null);
            if (rows.Count == 1 && rows[0].Count == 1)
                return new FormulaParse(rows[0][0], null);
            if (rows.Any(row => row.Count > 1))
                throw new TexException("& outside an environment");
            return new FormulaParse(new MathRow([new MathTable(rows, TableKind.Gathered)]), null);
        }
        catch (TexException problem)
        {
            return new FormulaParse(null, problem.Message);
        }
    }

    /// <summary>
    /// Items up to the end of the row, which is left unread: <c>}</c>, <c>&amp;</c>, <c>\\</c>, <c>\end</c>,
    /// <c>\right</c>, the end of the formula, or <c>]</c> when <paramref name="bracket"/> (an optional argument).
    /// </summary>
    private MathRow Row(bool bracket = false)
    {
        if (++depth > MaxDepth)
            throw new TexException($"groups nested deeper than {MaxDepth}");
        var items = new List<MathNode>();
        while (true)
        {
            SkipSpaces();
            if (pos >= tex.Length || tex[pos] is '}' or '&' || (bracket && tex[pos] == ']') || AtCommand("\\") || AtCommand("end") || AtCommand("right"))
                break;
            var c = tex[pos];
            if (c is '^' or '_')
            {
                pos++;
                Attach(items, c == '^', Argument());
            }
            else if (c == '\'')
            {
                var primes = 0;
                for (; pos < tex.Length && tex[pos] == '\''; pos++) primes++;
                Attach(items, sup: true, new MathAtom(new string('′', primes), AtomKind.Ordinary, MathVariant.Upright));
            }
            else
                items.Add(Item(items));
        }
        depth--;
        return new MathRow(items);
    }

    /// <summary>The next item of a row (<paramref name="items"/>: the row so far, which <c>\limits</c> changes).</summary>
    private MathNode Item(List<MathNode> items)
    {
        var c = tex[pos];
        if (c == '{')
            return Group();
        if (c == '\\')
            return Command(items);
        pos++;
        if (c == '~')
            return new MathSpace(0.3f);
        if (char.IsAsciiDigit(c))
            return Number(pos - 1);
        if (char.IsHighSurrogate(c) && pos < tex.Length)
            return new MathAtom(tex.Substring(pos++ - 1, 2), AtomKind.Ordinary, MathVariant.Upright);
        var atom = TexSymbols.Character(c);
        return variant != MathVariant.Default && atom.Kind is AtomKind.Ordinary or AtomKind.Number ? atom with { Variant = variant } : atom;
    }

    // Digits with their decimal point: one atom ("3.14").
    private MathAtom Number(int start)
    {
        while (pos < tex.Length && (char.IsAsciiDigit(tex[pos]) || (tex[pos] == '.' && pos + 1 < tex.Length && char.IsAsciiDigit(tex[pos + 1]))))
            pos++;
        return new MathAtom(tex[start..pos], AtomKind.Number, variant);
    }

    /// <summary>Puts a script on the last item (an empty base when there is none); a second one of a kind is an error, as in TeX.</summary>
    private static void Attach(List<MathNode> items, bool sup, MathNode script)
    {
        var last = items.Count > 0 ? items[^1] : null;
        if (last is MathScripts scripts && (sup ? scripts.Sup : scripts.Sub) is null)
        {
            items[^1] = sup ? scripts with { Sup = script } : scripts with { Sub = script };
            return;
        }
        if (last is MathScripts && !(sup && script is MathAtom { Text: ['′', ..] }))
            throw new TexException(sup ? "double superscript" : "double subscript");
        var scripted = last is null ? MathRow.Empty : last;
        if (last is not null)
            items.RemoveAt(items.Count - 1);
        items.Add(new MathScripts(scripted, sup ? null : script, sup ? script : null));
    }

    /// <summary>One argument: a group, a command with its own arguments, or one character.</summary>
    private MathNode Argument()
    {
        SkipSpaces();
        if (pos >= tex.Length || tex[pos] is '}' or '&' or '^' or '_')
            throw new TexException("an argument is missing");
        if (tex[pos] == '\\' && (AtCommand("\\") || AtCommand("end") || AtCommand("right")))
            throw new TexException("an argument is missing");
        // One token, as in TeX: \frac12 is ½, x^23 is x² followed by 3.
        if (char.IsAsciiDigit(tex[pos]))
            return new MathAtom(tex[pos++].ToString(), AtomKind.Number, variant);
        return Item([]);
    }

    /// <summary>A <c>{…}</c> group as a row.</summary>
    private MathRow Group()
    {
        pos++;
        var row = Row();
        Expect('}');
        return row;
    }

    /// <summary>An optional <c>[…]</c> argument, or null.</summary>
    private MathRow? Optional()
    {
        SkipSpaces();
        if (pos >= tex.Length || tex[pos] != '[')
            return null;
        pos++;
        var row = Row(bracket: true);
        Expect(']');
        return row;
    }

    /// <summary>The argument parsed with the letters in <paramref name="alphabet"/>.</summary>
    private MathNode InVariant(MathVariant alphabet)
    {
        var outer = variant;
        variant = alphabet;
        try { return Argument(); }
        finally { variant = outer; }
    }

    /// <summary>The raw text of a <c>{…}</c> argument (for <c>\text</c>, environment names): braces balanced, escapes resolved.</summary>
    private string RawGroup()
    {
        SkipSpaces();
        Expect('{');
        var text = new System.Text.StringBuilder();
        for (var level = 0; ; pos++)
        {
            if (pos >= tex.Length)
                throw new TexException("a { is never closed");
            var c = tex[pos];
            if (c == '\\' && pos + 1 < tex.Length && !char.IsAsciiLetter(tex[pos + 1]))
                text.Append(tex[++pos]);
            else if (c == '\\')
                throw new TexException($"the command {CommandAt(pos)} inside \\text");
            else if (c == '$')
                throw new TexException("math inside \\text");
            else if (c == '{')
                level++;
            else if (c == '}' && level-- == 0)
                break;
            else if (c != '}')
                text.Append(c);
        }
        pos++;
        return text.ToString();
    }

    private void Expect(char c)
    {
        SkipSpaces();
        if (pos >= tex.Length || tex[pos] != c)
            throw new TexException(c == '}' || c == '{' ? "unbalanced braces" : $"'{c}' expected");
        pos++;
    }

    /// <summary>Skips white space and comments (<c>%</c> to the end of the line).</summary>
    private void SkipSpaces()
    {
        while (pos < tex.Length && (char.IsWhiteSpace(tex[pos]) || tex[pos] == '%'))
        {
            if (tex[pos] == '%')
                while (pos < tex.Length && tex[pos] != '\n') pos++;
            else
                pos++;
        }
    }

    /// <summary>True when a command named <paramref name="name"/> (<c>\\</c> for a line break) starts here.</summary>
    private bool AtCommand(string name) =>
        pos < tex.Length && tex[pos] == '\\' && CommandAt(pos) == "\\" + name;

    /// <summary>The command starting at <paramref name="at"/> (a backslash): <c>\frac</c>, <c>\,</c>, <c>\\</c>.</summary>
    private string CommandAt(int at)
    {
        var end = at + 1;
        while (end < tex.Length && char.IsAsciiLetter(tex[end]))
            end++;
        if (end == at + 1 && end < tex.Length)
            end++;
        return tex[at..end];
    }

    /// <summary>Reads the command at the position: its name without the backslash.</summary>
    private string ReadCommand()
    {
        var command = CommandAt(pos);
        pos += command.Length;
        return command[1..];
    }
}

/// <summary>Why a formula cannot be typeset: an unknown command, a brace left open.</summary>
internal sealed class TexException(string message) : Exception(message);
