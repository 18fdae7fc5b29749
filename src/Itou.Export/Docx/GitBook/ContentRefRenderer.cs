using Itou.Export.Docx.Inlines;
using Itou.Export.Docx.Links;
using Itou.Export.Docx.Styling;
using Itou.Export.Markdown.ContentRefs;
using Itou.Export.Rendering;

namespace Itou.Export.Docx.GitBook;

/// <summary>
/// A content-ref: a card whose title is the target page's title, linked to it (its bookmark inside
/// the document, the published site outside it), and whose text is the page's description, as GitBook
/// shows it (<see cref="PageCards"/>). When the target is unknown the body is kept as written; a card
/// to <c>broken-reference</c> is left out.
/// </summary>
internal sealed class ContentRefRenderer : DocxObjectRenderer<ContentRefBlock>
{
    protected override void Write(DocxRenderer renderer, ContentRefBlock obj)
    {
        if (PageCards.LeftOut(obj, renderer.Page.Path, renderer.State.Diagnostics))
            return;
        var target = renderer.Page.ResolveLink(obj.Url, obj.Line + 1);
        CardWriter.Write(renderer, () =>
        {
            if (target is DocxLinkTarget.Unresolved { Title: null } && obj.Count > 0)
            {
                renderer.WriteChildren(obj);
                return;
            }
            var linked = false;
            renderer.WriteParagraph(StyleIds.CardTitle,
                () => linked = HyperlinkWriter.Write(renderer, target, () => renderer.WriteText("→ " + (target.Title ?? obj.Url))));
            if (target.Description is { } description)
                renderer.WriteParagraph(StyleIds.CardText, () => renderer.WriteText(description));
            PageCards.StandsForBody(obj, linked, renderer.State.Ledger, body => renderer.Page.ResolveLink(body.Url ?? "", body.Line + 1));
        });
    }
}
