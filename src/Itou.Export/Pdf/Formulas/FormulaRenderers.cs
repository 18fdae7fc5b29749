using Itou.Export.Markdown.Formulas;
using Itou.Export.Pdf.Blocks;
using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Markdig.Renderers;

namespace Itou.Export.Pdf.Formulas;

/// <summary>A formula in a line; its TeX source in the code style when it cannot be typeset.</summary>
internal sealed class FormulaInlineRenderer : MarkdownObjectRenderer<PdfRenderer, FormulaInline>
{
    protected override void Write(PdfRenderer renderer, FormulaInline obj)
    {
        var style = renderer.Inlines.Style;
        var source = obj.Formula is null ? style.Monospace() with { Size = style.Size * 0.9f, Background = renderer.Styles.Shade } : style with { Italic = true };
        renderer.Inlines.Append(obj.Tex, verbatim: true, style: source);
        renderer.Ledger.Written(obj);
    }
}

/// <summary>A display formula, centred; its TeX source as a code block when it cannot be typeset.</summary>
internal sealed class FormulaBlockRenderer : MarkdownObjectRenderer<PdfRenderer, FormulaBlock>
{
    protected override void Write(PdfRenderer renderer, FormulaBlock obj)
    {
        renderer.Add(obj.Formula is null
            ? CodeBox.Create(renderer, Highlighting.CodeHighlights.Plain(obj.Tex.Split('\n')), title: null, lineNumbers: false)
            : new TextBlock(obj.Tex, renderer.BodyStyle with { Italic = true }, new ParagraphStyle { Alignment = TextAlignment.Center }));
        renderer.Ledger.Written(obj);
    }
}
