using Markdig.Syntax.Inlines;

namespace Itou.Export.Docx.Inlines;

/// <summary>
/// Emphasis of every kind Markdig parses: <c>*x*</c> italic, <c>**x**</c> bold, <c>~~x~~</c> struck,
/// <c>~x~</c> subscript, <c>^x^</c> superscript, <c>++x++</c> underlined, <c>==x==</c> marked (highlight).
/// </summary>
internal sealed class EmphasisRenderer : DocxObjectRenderer<EmphasisInline>
{
    protected override void Write(DocxRenderer renderer, EmphasisInline obj) =>
        renderer.WithFormat(f => Apply(f, obj.DelimiterChar, obj.DelimiterCount), () => renderer.WriteChildren(obj));

    private static RunFormat Apply(RunFormat format, char delimiter, int count) => (delimiter, count) switch
    {
        ('*' or '_', 1) => format with { Italic = true },
        ('*' or '_', _) => format with { Bold = true },
        ('~', 1) => format with { Subscript = true },
        ('~', _) => format with { Strike = true },
        ('^', _) => format with { Superscript = true },
        ('+', _) => format with { Underline = true },
        ('=', _) => format with { Fill = Rendering.GitBookPalette.Highlight }, // the PDF's highlight too
        _ => format,
    };
}
