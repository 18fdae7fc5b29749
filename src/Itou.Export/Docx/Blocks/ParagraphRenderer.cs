using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Styling;
using Markdig.Syntax;

namespace Itou.Export.Docx.Blocks;

/// <summary>
/// A paragraph: the numbered/bulleted one when it opens a list item, else in the scope's style
/// (quote, list continuation). A paragraph left with nothing visible (editor artifacts such as
/// <c>****</c> or <c>&amp;#x20;</c>) is not written.
/// </summary>
internal sealed class ParagraphRenderer : DocxObjectRenderer<ParagraphBlock>
{
    protected override void Write(DocxRenderer renderer, ParagraphBlock obj)
    {
        var paragraph = obj.Parent is ListItemBlock item && item.Count > 0 && item[0] == obj
            ? ListItemRenderer.OpenItemParagraph(renderer)
            : renderer.OpenParagraph(renderer.Scope.ParagraphStyle ?? (renderer.Scope.InList ? StyleIds.ListContinue : null), ContinuationIndent(renderer));
        renderer.WriteLeafInline(obj);
        renderer.CloseParagraph();
        if (!ListItemRenderer.IsNumbered(paragraph) && IsBlank(paragraph))
            paragraph.Remove();
    }

    /// <summary>Whether a paragraph shows nothing: no visible text, picture, break, note or bookmark.</summary>
    public static bool IsBlank(Paragraph paragraph) =>
        string.IsNullOrWhiteSpace(paragraph.InnerText.Replace("\u200B", "", StringComparison.Ordinal))
        && !paragraph.Descendants<Drawing>().Any()
        && !paragraph.Descendants<FootnoteReference>().Any()
        && !paragraph.Descendants<BookmarkStart>().Any()
        && !paragraph.Descendants<FieldChar>().Any();

    private static ParagraphProperties? ContinuationIndent(DocxRenderer renderer) =>
        renderer.Scope.InList && renderer.Scope.ParagraphStyle is null
            ? new ParagraphProperties(new Indentation { Left = ((renderer.Scope.ListLevel + 1) * 360).ToString(System.Globalization.CultureInfo.InvariantCulture) })
            : null;
}
