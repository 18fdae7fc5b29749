using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Markdown.Alignment;
using Itou.Export.Markdown.Figures;

namespace Itou.Export.Docx.GitBook;

/// <summary><c>&lt;div align="center|right"&gt;</c>: the paragraphs its blocks write, centred or set right, unless they say otherwise.</summary>
internal sealed class AlignedRenderer : DocxObjectRenderer<AlignedBlock>
{
    protected override void Write(DocxRenderer renderer, AlignedBlock obj)
    {
        var before = renderer.Container.ChildElements.Count;
        renderer.WriteChildren(obj);
        var alignment = obj.Align == FigureAlign.Right ? JustificationValues.Right : JustificationValues.Center;
        foreach (var paragraph in renderer.Container.ChildElements.Skip(before).OfType<Paragraph>())
        {
            paragraph.ParagraphProperties ??= new ParagraphProperties();
            paragraph.ParagraphProperties.Justification ??= new Justification { Val = alignment };
        }
    }
}
