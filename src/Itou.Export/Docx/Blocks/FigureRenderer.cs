using Itou.Export.Docx.Styling;
using Markdig.Extensions.Figures;

namespace Itou.Export.Docx.Blocks;

/// <summary>A Markdig figure (<c>^^^</c>): its content, then its caption in the "Caption" style.</summary>
internal sealed class FigureRenderer : DocxObjectRenderer<Figure>
{
    protected override void Write(DocxRenderer renderer, Figure obj)
    {
        foreach (var block in obj)
        {
            if (block is FigureCaption caption)
                renderer.WriteParagraph(StyleIds.Caption, () => renderer.WriteLeafInline(caption));
            else
                renderer.Write(block);
        }
    }
}
