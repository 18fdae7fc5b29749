using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Styling;
using Markdig.Syntax;

namespace Itou.Export.Docx.Blocks;

/// <summary>A thematic break (<c>***</c>): an empty paragraph with a bottom rule.</summary>
internal sealed class ThematicBreakRenderer : DocxObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(DocxRenderer renderer, ThematicBreakBlock obj)
    {
        var rule = new ParagraphProperties(new ParagraphBorders(
            new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = DocxStyles.Hex(renderer.State.Theme.Colors.Muted) }));
        renderer.OpenParagraph(properties: rule);
        renderer.CloseParagraph();
    }
}
