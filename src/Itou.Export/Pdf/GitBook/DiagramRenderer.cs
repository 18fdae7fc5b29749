using Itou.Export.Highlighting;
using Itou.Export.Markdown.Diagrams;
using Itou.Export.Pdf.Blocks;
using Itou.Export.Rendering;
using Markdig.Renderers;

namespace Itou.Export.Pdf.GitBook;

/// <summary>A mermaid diagram: no diagram engine on paper, so its source as code, titled with its kind (see <see cref="Diagrams"/>).</summary>
internal sealed class DiagramRenderer : MarkdownObjectRenderer<PdfRenderer, DiagramBlock>
{
    protected override void Write(PdfRenderer renderer, DiagramBlock obj)
    {
        renderer.Add(CodeBox.Create(renderer, CodeHighlights.Plain(Diagrams.SourceLines(obj)), renderer.Labels.Diagram(obj.Language), lineNumbers: false));
        renderer.Report(Publishing.DiagnosticCodes.DiagramNotDrawn, obj, Diagrams.NotDrawnMessage(obj), Publishing.DiagnosticSeverity.Info);
    }
}
