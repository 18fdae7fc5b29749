using Itou.Export.Publishing;
using Markdig.Extensions.Footnotes;

namespace Itou.Export.Docx.Blocks;

/// <summary>
/// The notes of a page: each was written where the text calls it, in Word's footnotes part (see
/// <see cref="Inlines.FootnoteLinkRenderer"/>). A note only called from inside another note has nowhere
/// to go in Word (no note in a note): it is left out and reported. The group comes last in a page, after every call.
/// </summary>
internal sealed class FootnoteGroupRenderer : DocxObjectRenderer<FootnoteGroup>
{
    protected override void Write(DocxRenderer renderer, FootnoteGroup obj)
    {
        foreach (var note in obj.OfType<Footnote>().Where(note => !renderer.State.Footnotes.IsWritten(note)))
            renderer.State.Diagnostics.Replaced(ReplacedContent.Block, DiagnosticCodes.DocxFootnoteLeftOut, renderer.Page.Path, note.Line + 1,
                $"the footnote [^{note.Label}] is called only from inside another note, and Word cannot put a note in a note: that call shows its number, its text is left out.");
    }
}
