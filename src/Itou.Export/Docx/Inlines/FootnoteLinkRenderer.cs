using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Footnotes;

namespace Itou.Export.Docx.Inlines;

/// <summary>A footnote call: a real Word footnote holding the note's blocks, referenced from the text.</summary>
internal sealed class FootnoteLinkRenderer : DocxObjectRenderer<FootnoteLink>
{
    protected override void Write(DocxRenderer renderer, FootnoteLink obj)
    {
        if (obj.IsBackLink)
            return;
        var (note, reference) = renderer.State.Footnotes.Add();
        var scope = new DocxScope(WidthEmu: renderer.State.Page.TextWidthEmu / 2);
        renderer.WriteInto(note, () => renderer.WithScope(scope, () => renderer.WriteChildren(obj.Footnote)), renderer.State.Footnotes.Part);
        Links.Footnotes.Finish(note);
        renderer.AppendInline(reference);
    }
}
