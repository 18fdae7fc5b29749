using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Styling;

namespace Itou.Export.Docx.Links;

/// <summary>
/// The footnotes part, created on the first footnote with the two separators Word expects
/// (ids -1 and 0); each reference in the text gets its own numbered footnote.
/// </summary>
internal sealed class Footnotes(MainDocumentPart main)
{
    private FootnotesPart? part;
    private long nextId = 1;

    /// <summary>Whether a note's body is being written (a call met there is not a new note).</summary>
    public bool IsWriting { get; set; }

    /// <summary>The part footnote bodies are written in (it hosts their images and links).</summary>
    public FootnotesPart Part => part ??= Create();

    /// <summary>A new, empty footnote appended to the part, and the run that references it from the text.</summary>
    public (Footnote Note, Run Reference) Add()
    {
        var id = nextId++;
        var note = new Footnote { Id = id };
        Part.Footnotes!.Append(note);
        var reference = new Run(new RunProperties(new RunStyle { Val = StyleIds.FootnoteReference }), new FootnoteReference { Id = id });
        return (note, reference);
    }

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
