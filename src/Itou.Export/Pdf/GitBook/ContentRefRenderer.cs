using Itou.Export.Markdown.ContentRefs;
using Itou.Export.Pdf.Inlines;
using Itou.Export.Publishing;
using Itou.Export.Rendering;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Itou.Export.Pdf.GitBook;

/// <summary>
/// <c>{% content-ref %}</c>: a card showing the target page's title and its description, as GitBook
/// does (<see cref="PageCards"/>), clickable (a jump inside the export, the published site, or plain
/// text when neither applies). Only when the target is no page of the space does the text written
/// inside the block (else the address) title the card. A card to <c>broken-reference</c> is left out.
/// </summary>
internal sealed class ContentRefRenderer : MarkdownObjectRenderer<PdfRenderer, ContentRefBlock>
{
    protected override void Write(PdfRenderer renderer, ContentRefBlock obj)
    {
        if (PageCards.LeftOut(obj, renderer.Page.Path, renderer.Diagnostics))
            return;
        var resolved = renderer.Publication.Links.Resolve(obj.Url, renderer.Page, obj.Line + 1);
        var link = LinkRenderer.Target(resolved);
        var details = new List<string>();
        string title;
        if (resolved.Page is { } target)
        {
            title = target.Title;
            if (PageCards.Description(target) is { } description)
                details.Add(description);
            PageCards.StandsForBody(obj, link is not null, renderer.Ledger, body => renderer.Publication.Links.Resolve(body, renderer.Page));
        }
        else
        {
            var written = string.Join(" ", obj.Descendants<LeafBlock>().Select(leaf => renderer.PlainText(leaf.Inline)).Where(text => text.Length > 0));
            title = written.Length > 0 ? written : obj.Url;
        }
        // On paper a page outside the document is reached by its address.
        if (resolved.Kind is LinkKind.SitePage or LinkKind.External && resolved.Url is { } url && url != title)
            details.Add(url);
        renderer.Add(Card.Create(renderer, "\u2197", Card.Title(renderer, title, link is not null),
            details.Select(detail => Card.Detail(renderer, detail)), link));
    }
}
