using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Pdf.Inlines;

/// <summary>
/// <c>*italic*</c>, <c>**bold**</c>, <c>~~strike~~</c>, <c>==marked==</c>, <c>++inserted++</c>,
/// <c>^super^</c>, <c>~sub~</c> (Markdig's emphasis extras).
/// </summary>
internal sealed class EmphasisRenderer : MarkdownObjectRenderer<PdfRenderer, EmphasisInline>
{
    protected override void Write(PdfRenderer renderer, EmphasisInline obj)
    {
        var style = renderer.Inlines.Style;
        style = (obj.DelimiterChar, obj.DelimiterCount) switch
        {
            ('*' or '_', 1) => style with { Italic = true },
            ('*' or '_', _) => style with { Bold = true },
            ('~', 2) => style with { Strikethrough = true },
            ('=', _) => style with { Background = renderer.Styles.Highlight },
            ('+', _) => style with { Underline = true },
            ('^', _) => style with { Superscript = true },
            _ => style with { Size = style.Size * 0.8f }, // subscript: smaller, on the line
        };
        renderer.Inlines.With(style, () => renderer.WriteChildren(obj));
    }
}
