using Itou.Export.Docx.Blocks;
using Itou.Export.Highlighting;
using Itou.Export.Markdown.Diagrams;
using Itou.Export.Rendering;

namespace Itou.Export.Docx.GitBook;

/// <summary>A diagram (mermaid): Word cannot draw it, so its source, titled with its language, as code (see <see cref="Diagrams"/>).</summary>
internal sealed class DiagramRenderer : DocxObjectRenderer<DiagramBlock>
{
    protected override void Write(DocxRenderer renderer, DiagramBlock obj)
    {
        CodeBlockRenderer.WriteCode(renderer, renderer.State.Labels.Diagram(obj.Language), CodeHighlights.Plain(Diagrams.SourceLines(obj)), lineNumbers: false);
        renderer.Report(Publishing.DiagnosticCodes.DiagramNotDrawn, obj, Diagrams.NotDrawnMessage(obj), Publishing.DiagnosticSeverity.Info);
    }
}
