using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Styling;
using Itou.Export.Publishing;
using Markdig.Syntax;

namespace Itou.Export.Docx.Blocks;

/// <summary>
/// A heading: a "heading N" paragraph whose level follows the page's place in the document
/// (<see cref="DocxPageSource.HeadingLevel"/>), with a bookmark on its anchor so links and the table of
/// contents can jump to it. The page's own title heading is written by <see cref="WriteHeading"/> too.
/// Empty headings (<c>###</c>, <c>## ****</c>) are not written; their anchors stay reachable.
/// </summary>
internal sealed class HeadingRenderer : DocxObjectRenderer<HeadingBlock>
{
    protected override void Write(DocxRenderer renderer, HeadingBlock obj)
    {
        var page = renderer.Page;
        var anchors = new List<string>();
        if (obj == page.TitleHeading)
        {
            // A brief (title level 0) shows its title on the cover, which carries its anchors; a title
            // holding more than words (a picture, a link) is written in the body as well, so none is lost.
            if (page.TitleLevel > 0)
                WriteHeading(renderer, page.TitleLevel, page.TitleAnchors, page.StartsOnNewPage, () => renderer.WriteLeafInline(obj));
            else if (ContentItems.Within(obj).Any(inner => ContentItems.KindOf(inner) is { } kind && kind != ContentKind.Text))
                WriteHeading(renderer, 1, [], pageBreakBefore: false, () => renderer.WriteLeafInline(obj));
            else
                renderer.State.Ledger.WrittenAsText(obj);
            renderer.State.Ledger.Written(obj);
            return;
        }
        anchors.Add(page.HeadingAnchor(obj));
        WriteHeading(renderer, page.HeadingLevel(obj.Level), anchors, pageBreakBefore: false, () => renderer.WriteLeafInline(obj));
        renderer.State.Ledger.Written(obj);
    }

    /// <summary>Writes a heading paragraph with bookmarks on its anchors and records it for the table of contents.</summary>
    public static void WriteHeading(DocxRenderer renderer, int level, IReadOnlyList<string> anchors, bool pageBreakBefore, Action writeInlines)
    {
        var properties = new ParagraphProperties();
        if (pageBreakBefore)
            properties.PageBreakBefore = new PageBreakBefore();
        var paragraph = renderer.OpenParagraph(StyleIds.Heading(level), properties);
        writeInlines();
        renderer.CloseParagraph();
        var text = paragraph.InnerText.Trim();
        var isEmpty = ParagraphRenderer.IsBlank(paragraph);
        if (isEmpty)
            paragraph.ParagraphProperties!.ParagraphStyleId = null;
        string? first = null, firstAnchor = null;
        foreach (var anchor in anchors)
        {
            if (renderer.State.Bookmarks.Place(anchor) is not { } bookmark)
                continue;
            first ??= bookmark.Start.Name!.Value;
            firstAnchor ??= anchor;
            paragraph.ParagraphProperties!.InsertAfterSelf(bookmark.End);
            paragraph.ParagraphProperties!.InsertAfterSelf(bookmark.Start);
        }
        if (isEmpty)
        {
            if (first is null && !pageBreakBefore)
                paragraph.Remove();
            return;
        }
        if (first is not null && level <= 3)
            renderer.State.Toc.Add(new TocEntry(level, text, first, firstAnchor!));
    }
}
