using Itou.Export.Markdown.ContentRefs;
using Itou.Export.Pdf.Inlines;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Itou.Export.Pdf.GitBook;

/// <summary>
/// <c>{% content-ref %}</c>: a card showing the target page's title, clickable (a jump inside the
/// export, the published site, or plain text when neither applies). The text written inside the block
/// (often the file name) stays as a detail line so nothing written is lost.
/// </summary>
internal sealed class ContentRefRenderer : MarkdownObjectRenderer<PdfRenderer, ContentRefBlock>
{
    protected override void Write(PdfRenderer renderer, ContentRefBlock obj)
    {
        var resolved = renderer.Publication.Links.Resolve(obj.Url, renderer.Page, obj.Line + 1);
        var link = LinkRenderer.Target(resolved);
        var written = string.Join(" ", obj.Descendants<LeafBlock>().Select(leaf => renderer.PlainText(leaf.Inline)).Where(text => text.Length > 0));
        var title = resolved.Page?.Title ?? (written.Length > 0 ? written : obj.Url);
        var details = new List<string>();
        if (written.Length > 0 && written != title)
            details.Add(written);
        if (resolved.Url is { } url)
            details.Add(url);
        renderer.Add(Card.Create(renderer, "\u2197", Card.Title(renderer, title, link is not null),
            details.Select(detail => Card.Detail(renderer, detail)), link));
    }
}
