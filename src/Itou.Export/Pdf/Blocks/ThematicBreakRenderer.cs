using Itou.Export.Pdf.Layout;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Itou.Export.Pdf.Blocks;

/// <summary><c>***</c>: a thin rule across the column.</summary>
internal sealed class ThematicBreakRenderer : MarkdownObjectRenderer<PdfRenderer, ThematicBreakBlock>
{
    protected override void Write(PdfRenderer renderer, ThematicBreakBlock obj) =>
        renderer.Add(new Padding(new Thickness(4, 0, 4, 0), new Line(0.75f, renderer.Styles.Rule)));
}
