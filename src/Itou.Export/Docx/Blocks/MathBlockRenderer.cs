using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Mathematics;

namespace Itou.Export.Docx.Blocks;

/// <summary>A display formula (<c>$$…$$</c>): its TeX source, centred and in italics (Word has no TeX reader).</summary>
internal sealed class MathBlockRenderer : DocxObjectRenderer<MathBlock>
{
    protected override void Write(DocxRenderer renderer, MathBlock obj)
    {
        renderer.WriteParagraph(renderer.Scope.ParagraphStyle,
            () => renderer.WithFormat(f => f with { Italic = true }, () => renderer.WriteText(obj.Lines.ToString().Trim())),
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        renderer.State.Ledger.Written(obj);
    }
}
