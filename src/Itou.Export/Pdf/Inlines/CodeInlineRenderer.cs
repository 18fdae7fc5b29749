using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Pdf.Inlines;

/// <summary><c>`code`</c>: monospace on a light shade, never retouched by typography.</summary>
internal sealed class CodeInlineRenderer : MarkdownObjectRenderer<PdfRenderer, CodeInline>
{
    protected override void Write(PdfRenderer renderer, CodeInline obj)
    {
        var style = renderer.Inlines.Style;
        var code = style.Monospace() with { Size = style.Size * 0.9f, Background = renderer.Styles.Shade };
        renderer.Inlines.Append(obj.Content, verbatim: true, style: code);
        renderer.Ledger.Written(obj);
    }
}
