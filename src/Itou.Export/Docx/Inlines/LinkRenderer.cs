using Markdig.Syntax.Inlines;

namespace Itou.Export.Docx.Inlines;

/// <summary>A Markdown link or image (<c>[text](url)</c>, <c>![alt](src)</c>).</summary>
internal sealed class LinkRenderer : DocxObjectRenderer<LinkInline>
{
    protected override void Write(DocxRenderer renderer, LinkInline obj)
    {
        if (obj.IsImage)
            ImageWriter.Write(renderer, obj.Url ?? "", AltText(obj), obj, (obj as Markdown.Figures.HtmlImageInline)?.WidthPixels);
        else
            HyperlinkWriter.Write(renderer, obj.Url, obj, () => renderer.WriteChildren(obj));
    }

    private static string AltText(LinkInline image) =>
        string.Concat(image.FindDescendants<LiteralInline>().Select(l => l.Content.ToString()));
}
