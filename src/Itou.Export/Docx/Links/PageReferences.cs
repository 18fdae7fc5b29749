using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Inlines;

namespace Itou.Export.Docx.Links;

/// <summary>
/// After an internal link, the page it leads to, "(p. 24)" in the document's language, the number a
/// <c>PAGEREF</c> field to the link's bookmark that Word and LibreOffice compute; its cached number is
/// the page in our own PDF pagination, for readers that show fields as they are.
/// </summary>
internal static class PageReferences
{
    public static void Write(DocxRenderer renderer, string anchor)
    {
        var state = renderer.State;
        var parts = state.Labels.PageReferenceParts();
        // A no-break space keeps the reference with the link's last word; CJK full-width brackets bring their own room.
        if (parts.Count > 0 && parts[0].Text is { Length: > 0 } first && first[0] < '\u3000')
            renderer.WriteText("\u00A0");
        var cached = state.PageNumbers.TryGetValue(anchor, out var page) ? page.ToString(state.Labels.Culture) : "?";
        foreach (var part in parts)
        {
            if (part.Placeholder == "page")
                renderer.AppendInline(new SimpleField(new Run(new Text(cached))) { Instruction = $" PAGEREF {state.Bookmarks.NameOf(anchor)} \\h " });
            else
                renderer.WriteText(part.Text);
        }
    }
}
