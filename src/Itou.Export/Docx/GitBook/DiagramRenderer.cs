using Itou.Export.Docx.Blocks;
using Itou.Export.Markdown.Diagrams;

namespace Itou.Export.Docx.GitBook;

/// <summary>A diagram (mermaid): Word cannot draw it, so its source, titled with its language, as code.</summary>
internal sealed class DiagramRenderer : DocxObjectRenderer<DiagramBlock>
{
    protected override void Write(DocxRenderer renderer, DiagramBlock obj) =>
        CodeBlockRenderer.WriteCode(renderer, renderer.State.Labels.Diagram(obj.Language), obj.Source.Split('\n').Select(l => l.TrimEnd('\r')), lineNumbers: false);
}
