using Itou.Export.Markdown.Alignment;
using Itou.Export.Markdown.Figures;
using Itou.Export.Pdf.Text;
using Markdig.Renderers;

namespace Itou.Export.Pdf.GitBook;

/// <summary><c>&lt;div align="center|right"&gt;</c>: its paragraphs centred or set right (figures place themselves).</summary>
internal sealed class AlignedRenderer : MarkdownObjectRenderer<PdfRenderer, AlignedBlock>
{
    protected override void Write(PdfRenderer renderer, AlignedBlock obj) =>
        renderer.WithBody(renderer.BodyStyle, obj.Align == FigureAlign.Right ? TextAlignment.Right : TextAlignment.Center, () => renderer.WriteChildren(obj));
}
