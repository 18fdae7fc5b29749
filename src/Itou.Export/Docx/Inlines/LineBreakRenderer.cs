using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Docx.Inlines;

/// <summary>A hard break is a line break in the paragraph; a soft one is a space.</summary>
internal sealed class LineBreakRenderer : DocxObjectRenderer<LineBreakInline>
{
    protected override void Write(DocxRenderer renderer, LineBreakInline obj)
    {
        if (obj.IsHard)
            renderer.AppendRunContent(new Break());
        else
            renderer.WriteText(" ");
    }
}
