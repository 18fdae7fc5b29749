using Itou.Export.Markdown.Formulas;

namespace Itou.Export.Tests.Markdown;

/// <summary>The TeX parser: KaTeX source in, formula tree out (printed by <see cref="FormulaPrinter"/>).</summary>
public sealed class FormulaSpecTests
{
    private static string Tree(string tex)
    {
        var parse = TexParser.Parse(tex);
        Assert.True(parse.Problem is null, parse.Problem);
        return FormulaPrinter.Print(parse.Formula!);
    }

    private static string Problem(string tex)
    {
        var parse = TexParser.Parse(tex);
        Assert.Null(parse.Formula);
        return parse.Problem!;
    }

    [Theory]
    // The sample space and the corpora (gitbook-docs, cherry-studio-zh).
    [InlineData(@"P = \frac{U^2}{R}", "P rel(=) frac(sup(U, 2), R)")]
    [InlineData(@"s = \sqrt{\frac{1}{N-1} \sum_{i=1}^N (x_i - \overline{x})^2}",
        "s rel(=) sqrt({frac(1, {N bin(−) 1}) subsup(op(∑,limits), {i rel(=) 1}, N) open(() sub(x, i) bin(−) accent(U+0305 wide, x) sup(close()), 2)})")]
    [InlineData(@"f(x) = x * e^{2 pi i \xi x}", "f open(() x close()) rel(=) x bin(∗) sup(e, {2 p i i ξ x})")]
    [InlineData(@"\xrightarrow{\text{备份}}", "underover(rel(→), text(备份), -, stretch)")]
    public void Formulas_of_the_corpora(string tex, string tree) => Assert.Equal(tree, Tree(tex));

    [Theory]
    [InlineData(@"\dfrac{a}{b} + \tfrac12", "frac/display(a, b) bin(+) frac/text(1, 2)")]
    [InlineData(@"x_i^2 + x^{n+1}_{j}", "subsup(x, i, 2) bin(+) subsup(x, j, {n bin(+) 1})")]
    [InlineData(@"f'(x) + g''", "sup(f, rm:′) open(() x close()) bin(+) sup(g, rm:′′)")]
    [InlineData(@"\sqrt[3]{8} = 2.5", "root(3, 8) rel(=) 2.5")]
    [InlineData(@"\int_0^1 x\,dx", "subsup(op(∫), 0, 1) x space(0.17) d x")]
    [InlineData(@"\lim_{n \to \infty} \frac{1}{n}", "sub(op(lim,limits), {n rel(→) rm:∞}) frac(1, n)")]
    [InlineData(@"\prod\nolimits_k a_k \sin x", "sub(op(∏), k) sub(a, k) op(sin) x")]
    [InlineData(@"\alpha \leq \beta \neq \Gamma \approx \infty", "α rel(≤) β rel(≠) rm:Γ rel(≈) rm:∞")]
    [InlineData(@"a \times b \cdot c \geq d \Rightarrow e", "a bin(×) b bin(⋅) c rel(≥) d rel(⇒) e")]
    [InlineData(@"\hat{x} \bar y \vec{v} \widehat{AB}", "accent(U+0302, x) accent(U+0304, y) accent(U+20D7, v) accent(U+0302 wide, {A B})")]
    [InlineData(@"\left( \frac{a}{b} \right] \left. x \right|", "fenced((, ], frac(a, b)) fenced(, |, x)")]
    [InlineData(@"\bigl( x \bigr)", "big(1.2, open(()) x big(1.2, close()))")]
    [InlineData(@"\mathbb{R} \mathbf{v} \mathcal{L} \mathrm{d}x", "bb:R bf:v cal:L rm:d x")]
    [InlineData(@"\text{if } x > 0", "text(if ) x rel(>) 0")]
    [InlineData(@"a\,b\;c\quad d\!e\ f", "a space(0.17) b space(0.28) c space(1) d space(-0.17) e space(0.3) f")]
    [InlineData(@"\binom{n}{k}", "fenced((, ), stack(n, k))")]
    [InlineData(@"\overset{!}{=} \underset{x}{\max}", "underover(rel(=), close(!), -) underover(op(max,limits), -, x)")]
    [InlineData(@"\displaystyle \sum_i i", "display({sub(op(∑,limits), i) i})")]
    [InlineData(@"\not= \not\in \{x\}", "rel(≠) rel(∉) open({) x close(})")]
    [InlineData(@"\operatorname{tr} A \operatorname*{argmax}_x", "op(tr) A sub(op(argmax,limits), x)")]
    [InlineData(@"50\% \ldots", "50 rm:% rm:…")]
    public void Constructs(string tex, string tree) => Assert.Equal(tree, Tree(tex));

    [Theory]
    [InlineData(@"\begin{pmatrix} a & b \\ c & d \end{pmatrix}", "table(Parentheses; a & b; c & d)")]
    [InlineData(@"\begin{bmatrix} 1 & 0 \\ 0 & 1 \\ \end{bmatrix}", "table(Brackets; 1 & 0; 0 & 1)")]
    [InlineData(@"\begin{matrix} x \end{matrix}", "table(Matrix; x)")]
    [InlineData(@"|x| = \begin{cases} x & \text{if } x \geq 0 \\ -x & \text{otherwise} \end{cases}",
        "rm:| x rm:| rel(=) table(Cases; x & {text(if ) x rel(≥) 0}; {bin(−) x} & text(otherwise))")]
    [InlineData(@"\begin{aligned} a &= b + c \\ &= d \end{aligned}", "table(Aligned; a & {rel(=) b bin(+) c}; {} & {rel(=) d})")]
    [InlineData(@"\begin{array}{cc} 1 & 2 \end{array}", "table(Matrix; 1 & 2)")]
    [InlineData(@"a = b \\ c = d", "table(Gathered; {a rel(=) b}; {c rel(=) d})")]
    public void Environments(string tex, string tree) => Assert.Equal(tree, Tree(tex));

    [Theory]
    [InlineData(@"\color{red}{x}", @"the command \color is not supported")]
    [InlineData(@"\frac{a}{b", "unbalanced braces")]
    [InlineData(@"a}", "unbalanced braces")]
    [InlineData(@"x_1_2", "double subscript")]
    [InlineData(@"x^", "an argument is missing")]
    [InlineData(@"\frac{a}", "an argument is missing")]
    [InlineData(@"\left( x", @"\left without \right")]
    [InlineData(@"x \right)", @"\right without \left")]
    [InlineData(@"\left\alpha x \right)", @"\left is not followed by a delimiter")]
    [InlineData(@"\begin{tikzcd} a \end{tikzcd}", "the environment tikzcd is not supported")]
    [InlineData(@"\begin{matrix} a", @"\begin{matrix} without its \end")]
    [InlineData(@"\begin{matrix} a \end{pmatrix}", @"\end{pmatrix} without its \begin")]
    [InlineData(@"a & b", "& outside an environment")]
    [InlineData(@"\text{a \alpha}", @"the command \alpha inside \text")]
    [InlineData(@"\limits", @"\limits after something that is not an operator")]
    [InlineData(@"\not\ni", @"\not\ni is not supported")]
    public void Unsupported_input_gives_a_reason(string tex, string problem) => Assert.Equal(problem, Problem(tex));

    [Fact]
    public void Deep_nesting_is_refused_not_overflowed()
    {
        Assert.Equal("groups nested deeper than 40", Problem(new string('{', 5000) + "x" + new string('}', 5000)));
        Assert.Equal("groups nested deeper than 40", Problem(string.Concat(Enumerable.Repeat(@"\sqrt{", 3000)) + "x"));
    }

    [Fact]
    public void Random_input_never_throws()
    {
        var random = new Random(16);
        const string alphabet = @"\{}[]^_&'$%~ ax1=+()|.frac sqrt left right begin end matrix text";
        for (var i = 0; i < 5000; i++)
        {
            var tex = new string([.. Enumerable.Range(0, random.Next(1, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var parse = TexParser.Parse(tex);
            Assert.True((parse.Formula is null) != (parse.Problem is null), tex);
        }
    }
}

/// <summary>Where formulas sit in a page: GitBook's <c>$$</c> inline, alone in a paragraph, or as <c>$$</c> lines.</summary>
public sealed class FormulaDialectTests
{
    [Fact]
    public void Inline_formulas_stay_in_their_paragraph()
    {
        var parsed = new Parsed("La puissance vaut $$P = \\frac{U^2}{R}$$ : environ 880 W.");
        var formula = parsed.Single<FormulaInline>();
        Assert.Equal("P = \\frac{U^2}{R}", formula.Tex);
        Assert.Equal("P rel(=) frac(sup(U, 2), R)", FormulaPrinter.Print(formula.Formula!));
        Assert.Empty(parsed.All<FormulaBlock>());
        Assert.Empty(parsed.Codes);
    }

    [Fact]
    public void A_formula_alone_in_its_paragraph_is_a_display_formula()
    {
        var parsed = new Parsed("Text.\n\n$$f(x) = x^2$$\n\n$$\ns = \\sqrt{x}\n$$\n");
        Assert.Equal(["f(x) = x^2", "s = \\sqrt{x}"], parsed.All<FormulaBlock>().Select(block => block.Tex));
        Assert.All(parsed.All<FormulaBlock>(), block => Assert.NotNull(block.Formula));
        Assert.Empty(parsed.All<FormulaInline>());
    }

    [Fact]
    public void Two_formulas_in_a_paragraph_stay_inline()
    {
        var parsed = new Parsed("`A` $$\\xrightarrow{\\text{备份}}$$ `S3` $$\\xrightarrow{\\text{恢复}}$$ `B`");
        Assert.Equal(2, parsed.All<FormulaInline>().Count);
        Assert.Empty(parsed.All<FormulaBlock>());
    }

    [Fact]
    public void An_unsupported_formula_is_reported_at_its_line_and_keeps_its_source()
    {
        var parsed = new Parsed("Intro.\n\nSee $$\\color{red}{x}$$ here.\n\n$$\n\\begin{tikzcd} a \\end{tikzcd}\n$$");
        var inline = parsed.Single<FormulaInline>();
        Assert.Null(inline.Formula);
        Assert.Equal("\\color{red}{x}", inline.Tex);
        var problems = parsed.Diagnostics.Items.Where(d => d.Code == "MATH-UNSUPPORTED").ToList();
        Assert.Equal([3, 5], problems.Select(d => d.Line));
        Assert.Contains("\\color is not supported", problems[0].Message, StringComparison.Ordinal);
        Assert.Null(parsed.Single<FormulaBlock>().Formula);
    }
}
