using Itou.Export.Pdf.Layout;
using Itou.Export.Publishing;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace Itou.Export.Pdf.Inlines;

/// <summary>
/// <c>[^1]</c>: the note's number raised, jumping to the note at the end of the page; the back link
/// of a note jumps back to the call.
/// </summary>
internal sealed class FootnoteLinkRenderer : MarkdownObjectRenderer<PdfRenderer, FootnoteLink>
{
    protected override void Write(PdfRenderer renderer, FootnoteLink obj)
    {
        if (obj.IsBackLink)
            return; // the note's number already says where it belongs
        var inlines = renderer.Inlines;
        inlines.WithLink(LinkTarget.Internal(NoteAnchor(renderer, obj.Footnote)), () =>
            inlines.Append(obj.Footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture), verbatim: true,
                style: inlines.Style with { Superscript = true, Color = renderer.Styles.Link }));
    }

    /// <summary>The anchor of a note of the current page.</summary>
    public static string NoteAnchor(PdfRenderer renderer, Footnote note) =>
        AnchorIds.For(renderer.Page.Path, "footnote-" + note.Order.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
