namespace Itou.Export.Markdown.Formulas;

/// <summary>
/// The commands of KaTeX's symbol tables that stand for one character, with what the character is to
/// the layout; and the named operators (<c>\sum</c>, <c>\lim</c>). Characters are Unicode's, so the
/// symbols are real text in both documents.
/// </summary>
internal static class TexSymbols
{
    private static readonly Dictionary<string, MathAtom> Atoms = Build();

    /// <summary>The operators: symbol or name, and whether display style puts the scripts above and below.</summary>
    private static readonly Dictionary<string, MathOperator> Operators = new(StringComparer.Ordinal)
    {
        ["sum"] = new("∑", true, true), ["prod"] = new("∏", true, true), ["coprod"] = new("∐", true, true),
        ["bigcup"] = new("⋃", true, true), ["bigcap"] = new("⋂", true, true), ["bigvee"] = new("⋁", true, true),
        ["bigwedge"] = new("⋀", true, true), ["bigoplus"] = new("⨁", true, true), ["bigotimes"] = new("⨂", true, true),
        ["int"] = new("∫", true, false), ["iint"] = new("∬", true, false), ["iiint"] = new("∭", true, false), ["oint"] = new("∮", true, false),
        ["lim"] = new("lim", false, true), ["liminf"] = new("lim inf", false, true), ["limsup"] = new("lim sup", false, true),
        ["max"] = new("max", false, true), ["min"] = new("min", false, true), ["sup"] = new("sup", false, true),
        ["inf"] = new("inf", false, true), ["det"] = new("det", false, true), ["gcd"] = new("gcd", false, true), ["Pr"] = new("Pr", false, true),
        ["argmax"] = new("arg max", false, true), ["argmin"] = new("arg min", false, true),
    };

    // Named functions without limits: printed upright, spaced like an operator.
    private static readonly string[] Functions =
    [
        "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "coth",
        "log", "ln", "lg", "exp", "arg", "deg", "dim", "ker", "hom", "mod",
    ];

    /// <summary>The atom a symbol command stands for (<c>alpha</c> → α), or null.</summary>
    public static MathAtom? Atom(string command) => Atoms.GetValueOrDefault(command);

    /// <summary>The operator a command names (<c>sum</c>, <c>lim</c>, <c>sin</c>), or null.</summary>
    public static MathOperator? Operator(string command) =>
        Operators.GetValueOrDefault(command) ?? (Functions.Contains(command) ? new MathOperator(command, false, false) : null);

    /// <summary>The atom of a character typed in a formula (letters italic, digits numbers, <c>=</c> a relation…).</summary>
    public static MathAtom Character(char c) => c switch
    {
        '+' or '*' => new(c == '*' ? "∗" : "+", AtomKind.Binary),
        '-' => new("−", AtomKind.Binary),
        '=' or '<' or '>' or ':' => new(c.ToString(), AtomKind.Relation),
        '(' or '[' => new(c.ToString(), AtomKind.Open),
        ')' or ']' or '!' or '?' => new(c.ToString(), AtomKind.Close),
        ',' or ';' => new(c.ToString(), AtomKind.Punctuation),
        >= '0' and <= '9' or '.' => new(c.ToString(), AtomKind.Number),
        _ when char.IsAsciiLetter(c) => new(c.ToString(), AtomKind.Ordinary),
        _ => new(c.ToString(), AtomKind.Ordinary, MathVariant.Upright),
    };

    private static Dictionary<string, MathAtom> Build()
    {
        var atoms = new Dictionary<string, MathAtom>(StringComparer.Ordinal);
        void Add(AtomKind kind, string names, string characters, MathVariant variant = MathVariant.Default)
        {
            var list = names.Split(' ');
            if (CodePoints(characters) != list.Length)
                throw new InvalidOperationException($"Symbol table out of step: {names}");
            for (var i = 0; i < list.Length; i++)
                atoms[list[i]] = new MathAtom(char.ConvertFromUtf32(char.ConvertToUtf32(characters, Index(characters, i))), kind, variant);
        }
        Add(AtomKind.Ordinary, "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega",
            "αβγδϵζηθικλμνξοπρστυϕχψω");
        Add(AtomKind.Ordinary, "varepsilon vartheta varpi varrho varsigma varphi", "εϑϖϱςφ");
        Add(AtomKind.Ordinary, "Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega", "ΓΔΘΛΞΠΣΥΦΨΩ", MathVariant.Upright);
        Add(AtomKind.Ordinary, "infty partial nabla forall exists nexists emptyset varnothing ell hbar Re Im aleph angle prime neg lnot top bot triangle checkmark degree backslash",
            "∞∂∇∀∃∄∅∅ℓℏℜℑℵ∠′¬¬⊤⊥△✓°\\", MathVariant.Upright);
        Add(AtomKind.Ordinary, "ldots dots cdots vdots ddots % $ # & _ | vert Vert", "……⋯⋮⋱%$#&_‖|‖", MathVariant.Upright);
        Add(AtomKind.Binary, "times cdot pm mp div ast star circ bullet cap cup wedge land vee lor setminus oplus ominus otimes odot",
            "×⋅±∓÷∗⋆∘∙∩∪∧∧∨∨∖⊕⊖⊗⊙");
        Add(AtomKind.Relation, "leq le geq ge neq ne approx equiv sim simeq cong propto ll gg in notin ni subset subseteq supset supseteq perp parallel mid models vdash coloneqq leqslant geqslant",
            "≤≤≥≥≠≠≈≡∼≃≅∝≪≫∈∉∋⊂⊆⊃⊇⊥∥∣⊨⊢≔⩽⩾");
        Add(AtomKind.Relation, "to rightarrow leftarrow gets leftrightarrow Rightarrow Leftarrow Leftrightarrow implies iff impliedby mapsto longrightarrow longleftarrow longleftrightarrow Longrightarrow Longleftarrow uparrow downarrow updownarrow Uparrow Downarrow nearrow searrow hookrightarrow rightleftharpoons",
            "→→←←↔⇒⇐⇔⟹⟺⟸↦⟶⟵⟷⟹⟸↑↓↕⇑⇓↗↘↪⇌");
        Add(AtomKind.Open, "{ lbrace langle lceil lfloor lvert lVert", "{{⟨⌈⌊|‖", MathVariant.Upright);
        Add(AtomKind.Close, "} rbrace rangle rceil rfloor rvert rVert", "}}⟩⌉⌋|‖", MathVariant.Upright);
        return atoms;
    }

    private static int CodePoints(string characters) => characters.EnumerateRunes().Count();

    // The UTF-16 index of the i-th character (code point) of a string.
    private static int Index(string characters, int i)
    {
        var index = 0;
        for (var k = 0; k < i; k++)
            index += char.IsSurrogatePair(characters, index) ? 2 : 1;
        return index;
    }

    /// <summary>A delimiter after <c>\left</c>, <c>\right</c> or <c>\big</c>: a character or a command; "" for <c>.</c>; null when not one.</summary>
    public static string? Delimiter(string token) => token switch
    {
        "." => "",
        "(" or ")" or "[" or "]" or "|" or "/" or "<" or ">" => token == "<" ? "⟨" : token == ">" ? "⟩" : token,
        _ when token.StartsWith('\\') && Atoms.TryGetValue(token[1..], out var atom) && atom.Kind is AtomKind.Open or AtomKind.Close
            || token is "\\|" or "\\vert" or "\\Vert" or "\\backslash" or "\\uparrow" or "\\downarrow" => Atoms[token[1..]].Text,
        _ => null,
    };
}
