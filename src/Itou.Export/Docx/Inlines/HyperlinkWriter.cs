using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Links;
using Markdig.Syntax;

namespace Itou.Export.Docx.Inlines;

/// <summary>
/// Writes link text as a Word hyperlink: to a bookmark (<c>w:anchor</c>) for places inside the
/// document, through an external relationship for URLs, or as plain text when the link goes nowhere.
/// </summary>
internal static class HyperlinkWriter
{
    public static void Write(DocxRenderer renderer, string? url, MarkdownObject at, Action writeInlines)
    {
        var target = string.IsNullOrWhiteSpace(url) ? new DocxLinkTarget.Unresolved() : renderer.Page.ResolveLink(url.Trim(), at.Line + 1);
        Write(renderer, target, writeInlines);
    }

    public static void Write(DocxRenderer renderer, DocxLinkTarget target, Action writeInlines)
    {
        switch (target)
        {
            case DocxLinkTarget.Internal inside:
                renderer.State.LinkedAnchors.Add(inside.Anchor);
                renderer.WriteInsideHyperlink(new Hyperlink { Anchor = renderer.State.Bookmarks.NameOf(inside.Anchor), History = true }, writeInlines);
                break;
            case DocxLinkTarget.External outside:
                renderer.WriteInsideHyperlink(new Hyperlink { Id = renderer.State.HyperlinkId(renderer.Host, outside.Url), History = true }, writeInlines);
                break;
            default:
                writeInlines();
                break;
        }
    }
}
