using Itou.Export.Publishing;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Docx.Inlines;

/// <summary>A Markdown link or image (<c>[text](url)</c>, <c>![alt](src)</c>); a mention (<c>[x](page.md "mention")</c>) prints the page's title.</summary>
internal sealed class LinkRenderer : DocxObjectRenderer<LinkInline>
{
    protected override void Write(DocxRenderer renderer, LinkInline obj)
    {
        if (obj.IsImage)
            ImageWriter.Write(renderer, obj.Url ?? "", AltText(obj), obj, (obj as Markdown.Figures.HtmlImageInline)?.WidthPixels);
        else
            HyperlinkWriter.Write(renderer, obj.Url, obj, target => WriteText(renderer, obj, target));
    }

    // A mention prints the linked page's title, as GitBook shows it, whatever its source text says.
    private static void WriteText(DocxRenderer renderer, LinkInline obj, Links.DocxLinkTarget target)
    {
        if (LinkResolver.IsMention(obj) && target.Title is { } title)
        {
            renderer.WriteText(title);
            renderer.State.Ledger.WrittenAsText(obj);
        }
        else
            renderer.WriteChildren(obj);
    }

    private static string AltText(LinkInline image) =>
        string.Concat(image.FindDescendants<LiteralInline>().Select(l => l.Content.ToString()));
}
