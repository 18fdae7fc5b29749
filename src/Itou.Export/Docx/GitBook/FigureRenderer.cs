using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Inlines;
using Itou.Export.Docx.Styling;
using Itou.Export.Markdown.Figures;

namespace Itou.Export.Docx.GitBook;

/// <summary>
/// An HTML figure or image block: the picture at its given width (pixels, or a share of the column)
/// within the text width, placed as asked (centred by default), its caption below in "Caption".
/// </summary>
internal sealed class FigureRenderer : DocxObjectRenderer<FigureBlock>
{
    protected override void Write(DocxRenderer renderer, FigureBlock obj)
    {
        var available = renderer.Scope.WidthEmu > 0 ? renderer.Scope.WidthEmu : renderer.State.Geometry.TextWidthEmu;
        var widthPixels = obj.WidthPixels ?? (obj.WidthPercent is { } percent ? available * percent / 100 / Media.ImageData.EmuPerPixel : null);
        var alignment = obj.Align switch
        {
            FigureAlign.Left => JustificationValues.Left,
            FigureAlign.Right => JustificationValues.Right,
            _ => JustificationValues.Center,
        };
        var placement = new ParagraphProperties(new KeepNext(), new Justification { Val = alignment });
        renderer.WriteParagraph(null, () => ImageWriter.Write(renderer, obj.Source, obj.Alt, obj, widthPixels), placement);
        if (obj.Inline is not null)
            renderer.WriteParagraph(StyleIds.Caption, () => renderer.WriteLeafInline(obj), new ParagraphProperties(new Justification { Val = alignment }));
    }
}
