using Itou.Export.Pdf.Text;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Itou.Export.Pdf.Blocks;

/// <summary>A paragraph in the current body style and alignment.</summary>
internal sealed class ParagraphRenderer : MarkdownObjectRenderer<PdfRenderer, ParagraphBlock>
{
    protected override void Write(PdfRenderer renderer, ParagraphBlock obj)
    {
        var paragraph = renderer.Alignment == TextAlignment.Left ? null : new ParagraphStyle { Alignment = renderer.Alignment };
        if (renderer.Paragraph(obj.Inline, renderer.BodyStyle, paragraph) is { } element)
            renderer.Add(element);
    }
}
