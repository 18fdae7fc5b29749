using Itou.Export.Docx.Inlines;
using Itou.Export.Docx.Links;
using Itou.Export.Docx.Styling;
using Itou.Export.Markdown.ContentRefs;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Docx.GitBook;

/// <summary>
/// A content-ref: a card whose title is the target page's title, linked to it (its bookmark inside
/// the document, the published site outside it). When the target is unknown the body is kept as written.
/// </summary>
internal sealed class ContentRefRenderer : DocxObjectRenderer<ContentRefBlock>
{
    protected override void Write(DocxRenderer renderer, ContentRefBlock obj)
    {
        var target = renderer.Page.ResolveLink(obj.Url, obj.Line + 1);
        CardWriter.Write(renderer, () =>
        {
            if (target is DocxLinkTarget.Unresolved && obj.Count > 0)
            {
                renderer.WriteChildren(obj);
                return;
            }
            var linked = false;
            renderer.WriteParagraph(StyleIds.CardTitle,
                () => linked = HyperlinkWriter.Write(renderer, target, () => renderer.WriteText("→ " + (target.Title ?? obj.Url))));
            // The card stands for the body (a link to the same page): its link is the card's, its words the page title.
            renderer.State.Ledger.WrittenAsText(obj);
            if (linked)
            {
                foreach (var link in obj.Descendants<LinkInline>())
                    renderer.State.Ledger.Written(link);
            }
        });
    }
}
