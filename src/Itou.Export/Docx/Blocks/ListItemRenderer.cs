using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Styling;
using Markdig.Syntax;

namespace Itou.Export.Docx.Blocks;

/// <summary>
/// A list item: its first paragraph carries the bullet or number ("List Bullet" / "List Number"
/// with the list's numbering instance and level); an item that starts with something else gets
/// an empty numbered paragraph so the marker is still there.
/// </summary>
internal sealed class ListItemRenderer : DocxObjectRenderer<ListItemBlock>
{
    protected override void Write(DocxRenderer renderer, ListItemBlock obj)
    {
        if (obj.Count == 0 || obj[0] is not ParagraphBlock)
        {
            OpenItemParagraph(renderer);
            renderer.CloseParagraph();
        }
        renderer.WriteChildren(obj);
    }

    /// <summary>Opens the paragraph carrying the item's marker.</summary>
    public static Paragraph OpenItemParagraph(DocxRenderer renderer)
    {
        var scope = renderer.Scope;
        var properties = new ParagraphProperties(new NumberingProperties(
            new NumberingLevelReference { Val = scope.ListLevel },
            new NumberingId { Val = scope.ListNumId }));
        return renderer.OpenParagraph(scope.ListOrdered ? StyleIds.ListNumber : StyleIds.ListBullet, properties);
    }

    /// <summary>Whether the paragraph carries a list marker (kept even when empty).</summary>
    public static bool IsNumbered(Paragraph paragraph) => paragraph.ParagraphProperties?.NumberingProperties is not null;
}
