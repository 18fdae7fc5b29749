using Itou.Export.Docx.Blocks;
using Itou.Export.Docx.Styling;
using Itou.Export.Markdown.Formulas;
using M = DocumentFormat.OpenXml.Math;

namespace Itou.Export.Docx.Formulas;

/// <summary>A formula in a line: an <c>m:oMath</c> among the runs; its TeX source in "Verbatim Char" when it cannot be typeset.</summary>
internal sealed class FormulaInlineRenderer : DocxObjectRenderer<FormulaInline>
{
    protected override void Write(DocxRenderer renderer, FormulaInline obj)
    {
        if (obj.Formula is { } formula)
            renderer.AppendInline(OfficeMath.Of(formula));
        else
            renderer.WithFormat(f => f with { CharacterStyle = StyleIds.VerbatimChar }, () => renderer.WriteText(obj.Tex));
        renderer.State.Ledger.Written(obj);
    }
}

/// <summary>A display formula: a paragraph holding an <c>m:oMathPara</c>, centred; its TeX source as code when it cannot be typeset.</summary>
internal sealed class FormulaBlockRenderer : DocxObjectRenderer<FormulaBlock>
{
    protected override void Write(DocxRenderer renderer, FormulaBlock obj)
    {
        if (obj.Formula is { } formula)
        {
            var display = new M.Paragraph(new M.ParagraphProperties(new M.Justification { Val = M.JustificationValues.Center }), OfficeMath.Of(formula));
            renderer.WriteParagraph(renderer.Scope.ParagraphStyle, () => renderer.AppendInline(display));
        }
        else
            CodeBlockRenderer.WriteCode(renderer, title: null, Highlighting.CodeHighlights.Plain(obj.Tex.Split('\n')), lineNumbers: false);
        renderer.State.Ledger.Written(obj);
    }
}
