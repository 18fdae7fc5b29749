using System.Globalization;
using Itou.Export.Pdf.Inlines;
using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace Itou.Export.Pdf.Blocks;

/// <summary>The notes of a page, after a short rule, each numbered and anchored for the calls to jump to.</summary>
internal sealed class FootnoteGroupRenderer : MarkdownObjectRenderer<PdfRenderer, FootnoteGroup>
{
    protected override void Write(PdfRenderer renderer, FootnoteGroup obj)
    {
        var styles = renderer.Styles;
        var notes = new Column(3).Add(new Row().AddFixed(80, new Line(0.75f, styles.Rule)));
        foreach (var note in obj.OfType<Footnote>())
        {
            Column body = null!;
            renderer.WithBody(styles.Small with { Color = styles.Text }, renderer.Alignment, () => body = renderer.BlocksOf(note, 2));
            var number = new TextBlock(note.Order.ToString(CultureInfo.InvariantCulture) + ".", styles.Small with { Bold = true });
            notes.Add(new Anchor(FootnoteLinkRenderer.NoteAnchor(renderer, note), new Row().AddFixed(16, number).AddRelative(1, body)));
            renderer.Ledger.Written(note);
        }
        renderer.Add(notes);
    }
}
