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
    /// <summary>Resolves <paramref name="url"/> written at <paramref name="at"/> and writes the text, which may depend on where it goes.</summary>
    public static void Write(DocxRenderer renderer, string? url, MarkdownObject at, Action<DocxLinkTarget> writeInlines)
    {
        // An empty target goes through the resolver too: it reports it (LINK-EMPTY) and the text is printed plain.
        var target = renderer.Page.ResolveLink((url ?? "").Trim(), at.Line + 1);
        if (!Write(renderer, target, () => writeInlines(target)))
            return;
        renderer.State.Ledger.Written(at);
        if (target is DocxLinkTarget.Internal inside && renderer.State.PageReferences)
            PageReferences.Write(renderer, inside.Anchor);
    }

    /// <summary>Writes the text, linked to <paramref name="target"/>; false when it went in as plain text.</summary>
    public static bool Write(DocxRenderer renderer, DocxLinkTarget target, Action writeInlines)
    {
        switch (target)
        {
            case DocxLinkTarget.Internal inside:
                renderer.State.LinkedAnchors.Add(inside.Anchor);
                return renderer.WriteInsideHyperlink(new Hyperlink { Anchor = renderer.State.Bookmarks.NameOf(inside.Anchor), History = true }, writeInlines);
            case DocxLinkTarget.External outside:
                return renderer.WriteInsideHyperlink(new Hyperlink { Id = renderer.State.HyperlinkId(renderer.Host, outside.Url), History = true }, writeInlines);
            default:
                writeInlines();
                return false;
        }
    }
}
