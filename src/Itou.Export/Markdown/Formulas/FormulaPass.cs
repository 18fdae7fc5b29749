using Itou.Export.Publishing;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Markdown.Formulas;

/// <summary>
/// Turns Markdig's math nodes into formulas parsed once (<see cref="TexParser"/>): <see cref="MathBlock"/> and a
/// paragraph of one <c>$$…$$</c> into <see cref="FormulaBlock"/>, any other <c>$$…$$</c> into <see cref="FormulaInline"/>.
/// A formula that cannot be typeset is reported (MATH-UNSUPPORTED) and keeps its source.
/// </summary>
internal static class FormulaPass
{
    public static void Run(MarkdownDocument document, PageState page)
    {
        foreach (var block in document.Descendants<MathBlock>().ToList())
            Replace(block, block.Lines.ToString(), page);
        foreach (var paragraph in document.Descendants<ParagraphBlock>().Where(p => LoneFormula(p) is not null).ToList())
            Replace(paragraph, LoneFormula(paragraph)!.Content.ToString(), page);
        foreach (var math in document.Descendants<MathInline>().ToList())
        {
            var tex = math.Content.ToString().Trim();
            math.ReplaceBy(new FormulaInline { Tex = tex, Formula = Parse(tex, math.Line, page), Line = math.Line, Column = math.Column, Span = math.Span });
        }
    }

    private static void Replace(Block old, string source, PageState page)
    {
        var parent = old.Parent!;
        var tex = source.Trim();
        parent[parent.IndexOf(old)] = new FormulaBlock { Tex = tex, Formula = Parse(tex, old.Line, page), Line = old.Line, Column = old.Column, Span = old.Span };
    }

    /// <summary>The formula that is all a paragraph holds (spaces aside), or null.</summary>
    private static MathInline? LoneFormula(ParagraphBlock paragraph)
    {
        MathInline? found = null;
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is MathInline { DelimiterCount: 2 } math && found is null)
                found = math;
            else if (inline is not LineBreakInline && !(inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()))
                return null;
        }
        return found;
    }

    private static MathRow? Parse(string tex, int line, PageState page)
    {
        var parse = TexParser.Parse(tex);
        if (parse.Problem is { } problem)
            page.Report(DiagnosticCodes.MathUnsupported, line,
                $"The formula '{Shorten(tex)}' cannot be typeset ({problem}): it is printed as its TeX source.");
        return parse.Formula;
    }

    private static string Shorten(string tex) => tex.Length <= 60 ? tex : tex[..57] + "...";
}
