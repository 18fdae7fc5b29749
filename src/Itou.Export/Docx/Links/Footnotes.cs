using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Styling;

namespace Itou.Export.Docx.Links;

/// <summary>
/// The footnotes part, created on the first footnote with the two separators Word expects
/// (ids -1 and 0). A note is written once, at its first call; Word gives a footnote a single
/// reference, so a later call to the same note is a NOTEREF field showing its number, pointing at a
/// hidden bookmark around the first call (what Word's own cross-reference to a footnote writes).
/// </summary>
internal sealed class Footnotes(MainDocumentPart main, Bookmarks bookmarks)
{
    private readonly Dictionary<Markdig.Extensions.Footnotes.Footnote, long> written = new(ReferenceEqualityComparer.Instance);
    private FootnotesPart? part;
    private long nextId = 1;

    /// <summary>The part footnote bodies are written in (it hosts their images and links).</summary>
    public FootnotesPart Part => part ??= Create();

    /// <summary>
    /// A new, empty footnote for <paramref name="source"/> appended to the part, and the elements that
    /// reference it from the text (the reference run inside the bookmark later calls point at).
    /// </summary>
    public (Footnote Note, OpenXmlElement[] Reference) Add(Markdig.Extensions.Footnotes.Footnote source)
    {
        var id = nextId++;
        written.Add(source, id);
        var note = new Footnote { Id = id };
        Part.Footnotes!.Append(note);
        var (start, end) = bookmarks.PlaceHidden(NoteBookmark(id));
        var reference = new Run(new RunProperties(new RunStyle { Val = StyleIds.FootnoteReference }), new FootnoteReference { Id = id });
        return (note, [start, reference, end]);
    }

    /// <summary>Whether <paramref name="source"/> has been written (at a call from the text).</summary>
    public bool IsWritten(Markdig.Extensions.Footnotes.Footnote source) => written.ContainsKey(source);

    /// <summary>
    /// For a note already written, a field showing its number in the footnote reference style
    /// (the cached number is the note's: notes are numbered in the order of their first calls).
    /// </summary>
    public SimpleField? RepeatedCall(Markdig.Extensions.Footnotes.Footnote source) =>
        written.TryGetValue(source, out var id)
            ? new SimpleField(new Run(
                new RunProperties(new RunStyle { Val = StyleIds.FootnoteReference }),
                new Text(id.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            { Instruction = $" NOTEREF {NoteBookmark(id)} \\f \\h " }
            : null;

    // "_Ref" names are the hidden bookmarks Word uses for cross-references.
    private static string NoteBookmark(long id) => "_RefNote" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Puts the footnote's own number at the start of its first paragraph, as Word does.</summary>
    public static void Finish(Footnote note)
    {
        var first = note.GetFirstChild<Paragraph>() ?? note.AppendChild(new Paragraph());
        var mark = new Run(new RunProperties(new RunStyle { Val = StyleIds.FootnoteReference }), new FootnoteReferenceMark());
        var properties = first.GetFirstChild<ParagraphProperties>();
        if (properties is null)
            first.PrependChild(mark);
        else
            properties.InsertAfterSelf(mark);
        foreach (var paragraph in note.Elements<Paragraph>())
        {
            paragraph.ParagraphProperties ??= new ParagraphProperties();
            paragraph.ParagraphProperties.ParagraphStyleId ??= new ParagraphStyleId { Val = StyleIds.FootnoteText };
        }
    }

    private FootnotesPart Create()
    {
        var created = main.AddNewPart<FootnotesPart>("rFootnotes");
        created.Footnotes = new DocumentFormat.OpenXml.Wordprocessing.Footnotes(
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        return created;
    }
}
