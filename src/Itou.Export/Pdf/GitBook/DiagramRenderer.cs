using Itou.Export.Markdown.Diagrams;
using Itou.Export.Pdf.Blocks;
using Markdig.Renderers;

namespace Itou.Export.Pdf.GitBook;

/// <summary>A mermaid diagram: no diagram engine on paper, so its source as code, titled with its kind.</summary>
internal sealed class DiagramRenderer : MarkdownObjectRenderer<PdfRenderer, DiagramBlock>
{
    protected override void Write(PdfRenderer renderer, DiagramBlock obj) =>
        renderer.Add(CodeBox.Create(renderer, obj.Source.Split('\n'), renderer.Labels.Diagram(obj.Language), lineNumbers: false));
}
