using Markdig.Extensions.Mathematics;
using Markdig.Renderers;

namespace Itou.Export.Pdf.Inlines;

/// <summary><c>$x^2$</c>: the TeX source in italic (no formula typesetting on paper), never retouched.</summary>
internal sealed class MathInlineRenderer : MarkdownObjectRenderer<PdfRenderer, MathInline>
{
    protected override void Write(PdfRenderer renderer, MathInline obj) =>
        renderer.Inlines.Append(obj.Content.ToString(), verbatim: true, style: renderer.Inlines.Style with { Italic = true });
}
