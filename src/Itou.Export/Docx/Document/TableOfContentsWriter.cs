using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Styling;

namespace Itou.Export.Docx.Document;

/// <summary>
/// The table of contents: a <c>TOC \o "1-3" \h</c> field Word refreshes on open (settings ask it to
/// update fields; the field stays dirty), whose cached result is already the list of headings, each a
/// link to its bookmark with its page number from our own PDF pagination of the same selection, so the
/// document reads right in any reader before any refresh.
/// </summary>
internal static class TableOfContentsWriter
{
    public const string Instruction = " TOC \\o \"1-3\" \\h \\z \\u ";

    /// <summary>The heading (<paramref name="title"/>) and entry paragraphs, field begin in the first entry and end in the last.</summary>
    public static IReadOnlyList<Paragraph> Build(IReadOnlyList<TocEntry> entries, string title, IReadOnlyDictionary<string, int> pages)
    {
        var heading = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.TocHeading }),
            new Run(new Text(XmlText.Clean(title))));
        var paragraphs = new List<Paragraph> { heading };
        var begin = new OpenXmlElement[]
        {
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
            new Run(new FieldCode(Instruction) { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        };
        foreach (var entry in entries)
        {
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Toc(entry.Level) }));
            if (paragraphs.Count == 1)
                paragraph.Append(begin);
            var link = new Hyperlink(new Run(new Text(XmlText.Clean(entry.Text)) { Space = SpaceProcessingModeValues.Preserve }))
            {
                Anchor = entry.Bookmark,
                History = true,
            };
            // The page, after the style's dot-leader tab: from our PDF's pagination, as Word would print it.
            if (pages.TryGetValue(entry.Anchor, out var page))
                link.Append(new Run(new TabChar()), new Run(new Text(page.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            paragraph.Append(link);
            paragraphs.Add(paragraph);
        }
        if (paragraphs.Count == 1)
            paragraphs.Add(new Paragraph(begin));
        paragraphs[^1].Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        return paragraphs;
    }
}
