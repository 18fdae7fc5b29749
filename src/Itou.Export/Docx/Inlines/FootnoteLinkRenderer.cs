using DocumentFormat.OpenXml.Packaging;
using Markdig.Extensions.Footnotes;

namespace Itou.Export.Docx.Inlines;

/// <summary>
/// A footnote call: a real Word footnote holding the note's blocks, referenced from the text; a second
/// call to the same note shows the note's number instead of writing the note again.
/// </summary>
internal sealed class FootnoteLinkRenderer : DocxObjectRenderer<FootnoteLink>
{
    protected override void Write(DocxRenderer renderer, FootnoteLink obj)
    {
        if (obj.IsBackLink)
            return;
        var footnotes = renderer.State.Footnotes;
        // Word has no note inside a note, and a note that calls itself would recurse without end:
        // inside a note, a call is written as its number (a note only called so is reported by
        // FootnoteGroupRenderer). Only a note's body is hosted by the footnotes part.
        if (renderer.Host is FootnotesPart)
        {
            renderer.WriteText($"[{obj.Footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture)}]");
            return;
        }
        if (footnotes.RepeatedCall(obj.Footnote) is { } repeated)
        {
            renderer.AppendInline(repeated);
            return;
        }
        var (note, reference) = footnotes.Add(obj.Footnote);
        var scope = new DocxScope(WidthEmu: renderer.State.Geometry.TextWidthEmu / 2);
        renderer.WriteInto(note, () => renderer.WithScope(scope, () => renderer.WriteChildren(obj.Footnote)), footnotes.Part);
        Links.Footnotes.Finish(note);
        foreach (var element in reference)
            renderer.AppendInline(element);
        renderer.State.Ledger.Written(obj.Footnote);
    }
}
